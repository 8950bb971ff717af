using StaticChronicle.Content;

namespace StaticChronicle.Extraction.Dates;

/// <summary>The article's date, how it was fixed and the words it was fixed from.</summary>
public sealed record DateResult(DateOnly Date, DateKind Kind, string Evidence);
