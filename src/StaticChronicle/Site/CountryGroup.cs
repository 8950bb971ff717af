namespace StaticChronicle.Site;

/// <summary>The people of one country, for the people index.</summary>
public sealed record CountryGroup(string Country, string Anchor, IReadOnlyList<PersonProfile> People)
{
    public int Count => People.Count;
}
