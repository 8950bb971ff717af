using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Rendering.Cards;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>
/// Gives every planned page its social card: a page with a title of its own gets <c>card.png</c> beside its
/// <c>index.html</c> with that title; the home page, 404 and pages kept out of search engines share the site card
/// (<c>card.png</c> at the root, the site's description under its name).
/// </summary>
public static class PageCards
{
    public static IReadOnlyList<PageJob> Attach(IReadOnlyList<PageJob> jobs, SiteInfo site, SocialCardScope scope = SocialCardScope.Sections)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(site);
        // The site card's alt is the site's name alone: every article shares it by default, so a long alt would be
        // repeated in ten thousand heads (the description it shows under the name is the page's description anyway).
        var siteCard = new SocialCard(SocialCard.FileName, SocialCard.UrlBeside(site.BaseUrl), "", site.Description, site.Title);
        var result = new PageJob[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            var page = jobs[i].Page;
            var own = scope switch
            {
                SocialCardScope.Site => false,
                SocialCardScope.Sections => page.OgType != "article" && HasOwnCard(page),
                _ => HasOwnCard(page),
            };
            // Page 2 of a list shows what page 1 shows: it shares page 1's card instead of drawing the same one again.
            var (cardPath, cardUrl) = FirstPageOf(page.Path, page.CanonicalUrl);
            var card = own
                ? new SocialCard(cardPath + SocialCard.FileName, SocialCard.UrlBeside(cardUrl), KickerOf(page), page.Title, $"{page.Title} · {site.Title}")
                : siteCard;
            result[i] = jobs[i] with { Page = page with { Card = card } };
        }

        return result;
    }

    /// <summary>
    /// The absolute URL of the card an article page shares, as <see cref="Attach"/> gives it: its own beside it under
    /// <see cref="SocialCardScope.Pages"/>, the site's otherwise (its NewsArticle names the same image before cards are attached).
    /// </summary>
    public static string ArticleCardUrl(SocialCardScope scope, SiteInfo site, string absoluteArticleUrl)
    {
        ArgumentNullException.ThrowIfNull(site);
        return SocialCard.UrlBeside(scope == SocialCardScope.Pages ? absoluteArticleUrl : site.BaseUrl);
    }

    private static (string Path, string Url) FirstPageOf(string path, string url)
    {
        var at = path.LastIndexOf("page/", StringComparison.Ordinal);
        if (at < 0 || !(at == 0 || path[at - 1] == '/') || !int.TryParse(path.AsSpan(at + 5).TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return (path, url);
        }

        var tail = path.Length - at;
        return (path[..at], url.EndsWith(path[at..], StringComparison.Ordinal) ? url[..^tail] : url);
    }

    private static bool HasOwnCard(PageMeta page) =>
        !page.IsHome && !page.NoIndex && page.Path.EndsWith('/') && page.CanonicalUrl.EndsWith('/') && page.Title.Length > 0;

    /// <summary>The small line above the title: the date of an article, what kind of page a person, topic or year page is.</summary>
    private static string KickerOf(PageMeta page)
    {
        if (page.OgType == "article" && DateOnly.TryParseExact(page.PublishedIso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateText.Full(date);
        }

        if (page.OgType == "profile")
        {
            return "Person";
        }

        // An index page's title already names its section ("Topics"); a page inside one says which it is in.
        return page.Path switch
        {
            _ when page.Path.StartsWith("topics/", StringComparison.Ordinal) && page.Path != "topics/" => "Topic",
            _ when page.Path.StartsWith("timeline/", StringComparison.Ordinal) && page.Path != "timeline/" => "Timeline",
            _ when page.Path.StartsWith("people/", StringComparison.Ordinal) && page.Path != "people/" => "People",
            _ => "",
        };
    }
}
