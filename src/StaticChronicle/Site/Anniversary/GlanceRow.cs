namespace StaticChronicle.Site.Anniversary;

/// <summary>A row of the table fallback.</summary>
public sealed record GlanceRow(int Year, int Count, IReadOnlyList<string> Milestones, bool Highlight);
