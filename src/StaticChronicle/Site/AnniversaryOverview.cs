namespace StaticChronicle.Site;

/// <summary>The anniversary page: the founding date, the year in order, the road to it, the partnership upgrade and the figures.</summary>
public sealed record AnniversaryOverview
{
    public required string Title { get; init; }
    public int Number { get; init; }
    public int Year { get; init; }
    public required string EstablishedIso { get; init; }
    public required string EstablishedText { get; init; }
    public required string Url { get; init; }

    /// <summary>Articles and milestones of the anniversary year, in date order.</summary>
    public IReadOnlyList<TimelineItem> YearItems { get; init; } = [];

    /// <summary>Earlier articles that look forward to the anniversary.</summary>
    public IReadOnlyList<ArticleEntry> Road { get; init; } = [];
    public MilestoneEntry? Partnership { get; init; }

    /// <summary>Articles naming the partnership that are not listed elsewhere on the page.</summary>
    public IReadOnlyList<ArticleEntry> PartnershipArticles { get; init; } = [];

    /// <summary>Articles naming the partnership that the year or the road already lists: linked, not repeated.</summary>
    public IReadOnlyList<ArticleEntry> PartnershipArticlesListedAbove { get; init; } = [];
    public int EventCount { get; init; }
    public int PeopleCount { get; init; }
    public int TopicCount { get; init; }
    public IReadOnlyList<RankedPerson> TopPeople { get; init; } = [];
    public IReadOnlyList<RankedTopic> TopTopics { get; init; } = [];
    public required EventsChart Chart { get; init; }
}
