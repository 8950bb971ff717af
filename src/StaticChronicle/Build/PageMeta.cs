using StaticChronicle.Rendering.Cards;

namespace StaticChronicle.Build;

/// <summary>What the layout needs to know about a page (<c>page</c> in templates): title, sharing data, JSON-LD.</summary>
public sealed record PageMeta
{
    /// <summary>The page's own title; the layout adds the site title.</summary>
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Site-relative path of the page ("" for home, "people/x/").</summary>
    public required string Path { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }

    /// <summary>Open Graph type: website, article or profile.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>The navigation section the page belongs to (home, timeline, people, topics, anniversary).</summary>
    public string Section { get; init; } = "";

    /// <summary>JSON-LD, already serialised and safe inside a script element; null when the page has none.</summary>
    public string? JsonLd { get; init; }
    public string? PublishedIso { get; init; }

    /// <summary>The newest article date the page shows (YYYY-MM-DD), the sitemap's <c>lastmod</c>; null when it shows none.</summary>
    public string? LastModifiedIso { get; init; }
    public bool NoIndex { get; init; }

    /// <summary>The previous page of a paginated list (base-path-absolute), printed as <c>&lt;link rel="prev"&gt;</c>; null when none.</summary>
    public string? PrevUrl { get; init; }

    /// <summary>The next page of a paginated list (base-path-absolute), printed as <c>&lt;link rel="next"&gt;</c>; null when none.</summary>
    public string? NextUrl { get; init; }

    /// <summary>The page's sharing image (<c>og:image</c>), set by <see cref="PageCards"/>; null only before that.</summary>
    public SocialCard? Card { get; init; }

    /// <summary>The page's own Atom feed (a topic's or a person's), linked from the head besides the site's; null when none.</summary>
    public string? FeedUrl { get; init; }
    public string? FeedTitle { get; init; }
    public bool IsHome => Path.Length == 0;
}
