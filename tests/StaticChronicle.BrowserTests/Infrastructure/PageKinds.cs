using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>The kinds of page a reader meets, and one real page of each: tests about "every kind of page" take them from here.</summary>
public static class PageKinds
{
    public const string Home = "home";
    public const string Timeline = "timeline";
    public const string Article = "article";
    public const string People = "people";
    public const string Person = "person";
    public const string Topic = "topic";
    public const string Anniversary = "anniversary";
    public const string NotFound = "404";
    public const string Search = "search";

    public static readonly string[] All = [Home, Timeline, Article, People, Person, Topic, Anniversary, NotFound, Search];

    /// <summary>The kinds as theory data.</summary>
    public static TheoryData<string> Names => [.. All];

    /// <summary>The query the search page is shown with.</summary>
    public const string SearchQuery = "longan";

    public static Uri Resolve(SiteFixture site, string kind)
    {
        ArgumentNullException.ThrowIfNull(site);
        return kind switch
        {
            Home => site.Url(""),
            Timeline => site.Url("timeline/"),
            Article => FirstMatching(site, "^articles/[^/]+/$"),
            People => site.Url("people/"),
            Person => FirstMatching(site, "^people/[^/]+/$"),
            Topic => FirstMatching(site, "^topics/[^/]+/$"),
            Anniversary => site.Url("anniversary/"),
            NotFound => site.Url("no-such-page/"),
            Search => site.Url("search/?q=" + SearchQuery),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a page kind"),
        };
    }

    /// <summary>Opens the page of that kind and waits until it shows what a reader would see (search results included).</summary>
    public static async Task<PageVisit> OpenAsync(SiteFixture site, IBrowserContext context, string kind)
    {
        var visit = await PageVisit.OpenAsync(context, Resolve(site, kind), kind == NotFound ? 404 : 200).ConfigureAwait(false);
        if (kind == Search)
        {
            await visit.Page.WaitForSelectorAsync("[data-search-results] li").ConfigureAwait(false);
        }

        return visit;
    }

    private static Uri FirstMatching(SiteFixture site, string pattern)
    {
        var match = site.PageUrls.FirstOrDefault(u => Regex.IsMatch(site.BaseUri.MakeRelativeUri(u).ToString(), pattern));
        return match ?? throw new InvalidOperationException($"the site has no page whose path matches {pattern}");
    }
}
