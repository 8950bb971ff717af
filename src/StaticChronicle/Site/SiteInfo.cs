namespace StaticChronicle.Site;

/// <summary>What every page template sees as <c>site</c>: title, language, links to the shared assets and the navigation.</summary>
public sealed record SiteInfo
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    public required string BaseUrl { get; init; }
    public required string BasePath { get; init; }
    public required string HomeUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string AbsoluteFeedUrl { get; init; }
    public IReadOnlyList<NavLink> Nav { get; init; } = [];
    public string? RepositoryUrl { get; init; }

    /// <summary>Link to the search page; null when the site is built without a search index (then no search box is rendered).</summary>
    public string? SearchUrl { get; init; }
    public required string AnniversaryTitle { get; init; }

    /// <summary>Build time (from SOURCE_DATE_EPOCH) or null: builds carry no timestamp unless asked.</summary>
    public string? BuiltAt { get; init; }
    public int ArticleCount { get; init; }
}
