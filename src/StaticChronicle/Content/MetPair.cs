namespace StaticChronicle.Content;

/// <summary>Two people of different sides the article says met or held talks, ids in ordinal order.</summary>
/// <param name="First">The person id that sorts first.</param>
/// <param name="Second">The other person id.</param>
/// <param name="Evidence">The sentence that says they met.</param>
public sealed record MetPair(string First, string Second, string Evidence)
{
    /// <summary>The pair with its ids in ordinal order, so that the same two people always make the same pair.</summary>
    public static MetPair Of(string a, string b, string evidence) =>
        string.CompareOrdinal(a, b) <= 0 ? new MetPair(a, b, evidence) : new MetPair(b, a, evidence);

    public bool Has(string id) => First == id || Second == id;

    public string Other(string id) => First == id ? Second : First;
}
