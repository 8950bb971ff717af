namespace StaticChronicle.Site.Anniversary;

/// <summary>A year label under the axis.</summary>
public sealed record GlanceTick(int Year, string X, bool Highlight);
