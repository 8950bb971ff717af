namespace StaticChronicle.Site.Anniversary;

/// <summary>An article as the anniversary page lists it: who took part and why it counts in the year's figures.</summary>
public sealed record AnniversaryEntry
{
    public required ArticleEntry Article { get; init; }

    /// <summary>Who took part in the reported event, with the office this article gives them; people only mentioned are left out.</summary>
    public IReadOnlyList<AnniversaryParticipant> Participants { get; init; } = [];

    /// <summary>The words that speak of the anniversary (seed text), for the road to it and what followed; null elsewhere.</summary>
    public string? Quote { get; init; }

    /// <summary>Counted among the year's leader-level visits.</summary>
    public bool LeaderVisit { get; init; }

    /// <summary>Counted among the year's articles reporting an agreement signed.</summary>
    public bool Signing { get; init; }
}
