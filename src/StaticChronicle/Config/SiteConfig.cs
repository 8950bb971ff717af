namespace StaticChronicle.Config;

/// <summary>Everything <c>site-config.yml</c> says about the site, validated.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";

    /// <summary>Absolute URL the site is published under, always ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Repository web URL, for "see the seed" links; null when not configured.</summary>
    public Uri? RepositoryUrl { get; init; }
    public string RepositoryBranch { get; init; } = "main";

    /// <summary>Folder the configuration was read from; relative paths resolve against it.</summary>
    public required string RootDirectory { get; init; }
    public SitePaths Paths { get; init; } = SitePaths.Default;
    public AnniversarySettings Anniversary { get; init; } = AnniversarySettings.Default;
    public IReadOnlyList<ReferenceEvent> ReferenceEvents { get; init; } = [];
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];
    public IReadOnlyList<TopicDefinition> Topics { get; init; } = [];
    public IReadOnlyList<PersonEntry> People { get; init; } = [];

    /// <summary>Articles per timeline page before the timeline splits into one page per year.</summary>
    public int TimelineSplitThreshold { get; init; } = 300;

    /// <summary>Entries per page of a paginated list (a topic, a person's appearances, a year of the timeline, the people index).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>People per page of the people index: a person there is one short card, so a page holds more of them.</summary>
    public int PeoplePageSize { get; init; } = DefaultPeoplePageSize;

    /// <summary>The largest an HTML page may be, in KB (1,024 bytes), before the build warns about it.</summary>
    public int PageBudgetKb { get; init; } = DefaultPageBudgetKb;

    /// <summary>Which pages get a social card of their own.</summary>
    public SocialCardScope SocialCards { get; init; } = SocialCardScope.Sections;

    public const int DefaultPageSize = 50;
    public const int DefaultPageBudgetKb = 150;
    public const int DefaultPeoplePageSize = 200;

    public string SeedsDirectory => Path.GetFullPath(Path.Combine(RootDirectory, Paths.Seeds));
    public string TemplatesDirectory => Path.GetFullPath(Path.Combine(RootDirectory, Paths.Templates));
    public string OutputDirectory => Path.GetFullPath(Path.Combine(RootDirectory, Paths.Output));
    public string ContentDirectory => Path.GetFullPath(Path.Combine(RootDirectory, Paths.Content));
}
