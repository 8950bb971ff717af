namespace StaticChronicle.Site.Anniversary;

/// <summary>One year's bar (none drawn for a year without articles).</summary>
public sealed record GlanceBar(int Year, int Count, string X, string Y, string Width, string Height, bool Highlight);
