namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// The anniversary page: half a century at a glance, the anniversary year month by month, the road to it and what
/// followed, and the year's figures. Every article is listed at most once on the page.
/// </summary>
public sealed record AnniversaryOverview
{
    public required string Title { get; init; }
    public int Number { get; init; }

    /// <summary>"50th".</summary>
    public required string Ordinal { get; init; }
    public int Year { get; init; }
    public int EstablishedYear { get; init; }
    public required string EstablishedIso { get; init; }
    public required string EstablishedText { get; init; }

    /// <summary>"Vietnam and Japan" from the configuration, or null when it names no countries.</summary>
    public string? Countries { get; init; }

    /// <summary>One sentence for the page's meta description.</summary>
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string TimelineUrl { get; init; }

    /// <summary>Articles of the anniversary year (the home page shows the count).</summary>
    public int EventCount { get; init; }

    public required GlanceChart Chart { get; init; }

    /// <summary>The anniversary year's months that hold articles or milestones, in order (all of them; the pages split them).</summary>
    public IReadOnlyList<AnniversaryMonth> Months { get; init; } = [];

    /// <summary>The year's list split into pages of the configured size: page 1 is the overview, later ones continue the list.</summary>
    public IReadOnlyList<AnniversaryYearPage> YearPages { get; init; } = [];

    /// <summary>Where each month starts, across the pages.</summary>
    public IReadOnlyList<AnniversaryMonthLink> MonthLinks { get; init; } = [];

    /// <summary>Articles before the year that look forward to it, the closest to the year, oldest first.</summary>
    public IReadOnlyList<AnniversaryEntry> Road { get; init; } = [];

    /// <summary>Earlier articles that look forward to it but are not listed (the list keeps the closest).</summary>
    public int RoadMore { get; init; }

    /// <summary>Articles after the year that look back on it, the closest to the year, oldest first.</summary>
    public IReadOnlyList<AnniversaryEntry> Aftermath { get; init; } = [];
    public int AftermathMore { get; init; }

    public required AnniversaryFigures Figures { get; init; }

    /// <summary>The year's main topics: by the articles they lead, then by the articles that rank them among their main topics.</summary>
    public IReadOnlyList<AnniversaryTopic> TopTopics { get; init; } = [];

    /// <summary>Who took part in the most of the year's events (participants, not mentions).</summary>
    public IReadOnlyList<AnniversaryPerson> TopPeople { get; init; } = [];
}
