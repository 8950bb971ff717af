using StaticChronicle.Config;
using StaticChronicle.Site.Anniversary;

namespace StaticChronicle.Site;

/// <summary>All articles put together: timeline, people, topics, milestones and the anniversary, each computed once.</summary>
public sealed record SiteModel
{
    public required SiteConfig Config { get; init; }
    public required SiteUrls Urls { get; init; }
    public required SiteInfo Info { get; init; }

    /// <summary>Every published article, oldest first (date, then slug).</summary>
    public required IReadOnlyList<ArticleEntry> Articles { get; init; }
    public required IReadOnlyList<MilestoneEntry> Milestones { get; init; }
    public required IReadOnlyList<Era> Eras { get; init; }

    /// <summary>Years holding articles or milestones, oldest first.</summary>
    public required IReadOnlyList<YearSummary> Years { get; init; }

    /// <summary>Everyone who appears, most seen first (then by name).</summary>
    public required IReadOnlyList<PersonProfile> People { get; init; }
    public required IReadOnlyList<CountryGroup> PeopleByCountry { get; init; }

    /// <summary>Topics that have articles, in configuration order.</summary>
    public required IReadOnlyList<TopicProfile> Topics { get; init; }
    public required AnniversaryOverview Anniversary { get; init; }

    /// <summary>True when the timeline is too long for one page and is split into one page per year.</summary>
    public bool TimelineSplit { get; init; }
}
