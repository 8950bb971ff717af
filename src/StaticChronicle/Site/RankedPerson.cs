namespace StaticChronicle.Site;

/// <summary>A person with a count, for "most seen" lists.</summary>
public sealed record RankedPerson(PersonLink Person, string Country, int Count);
