namespace StaticChronicle.Site;

/// <summary>A country of the paginated people index: how many people, and the page and anchor where its list starts.</summary>
public sealed record CountryStart(string Country, int Count, string Url);
