namespace StaticChronicle.Site;

/// <summary>
/// Every URL the site prints, made from the base URL: internal links are base-path-absolute
/// (<c>/chronicle/people/kishida-fumio/</c>) so they work at any depth, including in 404.html;
/// feed, sitemap, canonical and Open Graph links are absolute.
/// </summary>
public sealed class SiteUrls
{
    private readonly Uri _baseUrl;

    public SiteUrls(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _baseUrl = baseUrl;
        BasePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        BaseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
    }

    /// <summary>The path the site is served under, starting and ending with '/' (just "/" at a domain root).</summary>
    public string BasePath { get; }

    /// <summary>The absolute base URL, ending with '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>Base-path-absolute link to a site-relative path such as <c>people/x/</c> or <c>assets/style.css</c>.</summary>
    public string Link(string relative) => BasePath + relative.TrimStart('/');

    /// <summary>Absolute URL of a site-relative path, for feeds, sitemaps and sharing.</summary>
    public string Absolute(string relative) => BaseUrl + relative.TrimStart('/');

    public Uri BaseUri => _baseUrl;

    public static string ArticlePath(string slug) => $"articles/{slug}/";

    public static string PersonPath(string id) => $"people/{id}/";

    public static string TopicPath(string id) => $"topics/{id}/";

    public static string YearPath(int year) => $"timeline/{year:D4}/";
}
