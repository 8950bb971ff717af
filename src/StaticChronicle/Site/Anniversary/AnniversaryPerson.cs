namespace StaticChronicle.Site.Anniversary;

/// <summary>Someone who took part in the year's events, with the country they serve and how many events.</summary>
public sealed record AnniversaryPerson(PersonLink Person, string? Country, int Events);
