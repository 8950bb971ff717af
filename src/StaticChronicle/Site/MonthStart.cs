namespace StaticChronicle.Site;

/// <summary>A month of a paginated year: its name, how many articles it has, and the page and anchor where it starts.</summary>
public sealed record MonthStart(string Name, int Count, string Url);
