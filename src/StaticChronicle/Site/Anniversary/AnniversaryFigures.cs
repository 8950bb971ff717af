namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// The anniversary year in figures, each null when there is nothing to count (the page leaves it out rather than
/// print 0). Counted from the model: participants and their offices (<see cref="LeaderLevel"/>), the articles' text
/// (<see cref="AgreementSigning"/>) and their ranked main topics.
/// </summary>
public sealed record AnniversaryFigures
{
    /// <summary>Articles dated in the year.</summary>
    public int? Articles { get; init; }

    /// <summary>
    /// Visits in which a leader took part: articles of the year that speak of a visit (visit, trip, tour) and have a
    /// leader-level participant; articles within a week of each other sharing a leader count as one visit.
    /// </summary>
    public int? LeaderVisits { get; init; }

    /// <summary>The articles those visits were found in.</summary>
    public int? LeaderVisitArticles { get; init; }

    /// <summary>Articles of the year that report an agreement, memorandum or MoU signed (articles, not agreements).</summary>
    public int? SigningArticles { get; init; }

    /// <summary>Different people who took part in the year's events (participants, not people only mentioned).</summary>
    public int? Participants { get; init; }

    /// <summary>Milestones of the relationship dated in the year.</summary>
    public int? Milestones { get; init; }
}
