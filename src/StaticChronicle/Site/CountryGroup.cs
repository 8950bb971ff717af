namespace StaticChronicle.Site;

/// <summary>The people of one country, for the people index.</summary>
public sealed record CountryGroup(string Country, string Anchor, IReadOnlyList<PersonProfile> People)
{
    /// <summary>How many people the country has; on a page of the people index, all of them, not only the page's.</summary>
    public int Count { get; init; } = People.Count;
}
