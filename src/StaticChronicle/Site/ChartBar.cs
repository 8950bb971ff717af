namespace StaticChronicle.Site;

/// <summary>One year's bar of the events chart; coordinates are SVG user units, already formatted.</summary>
public sealed record ChartBar(int Year, int Count, string X, string Y, string Width, string Height, string LabelX, bool ShowYearLabel, bool Highlight);
