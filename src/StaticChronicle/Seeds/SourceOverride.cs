namespace StaticChronicle.Seeds;

/// <summary>A seed's front-matter <c>source:</c>: publisher, original address and publication date, each optional.</summary>
public sealed record SourceOverride(string? Publisher, Uri? Url, DateOnly? Published);
