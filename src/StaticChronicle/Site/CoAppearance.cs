namespace StaticChronicle.Site;

/// <summary>Someone a person appeared with, and in how many articles.</summary>
public sealed record CoAppearance(PersonLink Person, int Count);
