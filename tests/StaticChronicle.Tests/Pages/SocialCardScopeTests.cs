using AngleSharp.Html.Parser;
using StaticChronicle.Config;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Pages;

/// <summary><c>social_cards: sections</c> (the default), <c>pages</c> and paginated lists: which page draws a card and which shares one.</summary>
public sealed class SocialCardScopeTests : IDisposable
{
    private readonly BuiltSite _site = new(SampleSite.Articles, LinkCheck.BaseUrl, c => c with { SocialCards = SocialCardScope.Sections, PageSize = 2 });

    public void Dispose() => _site.Dispose();

    private string OgImage(string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, relative))).Head!
            .QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

    [Fact]
    public void With_sections_articles_share_the_sites_card_and_other_pages_keep_their_own()
    {
        var article = Directory.GetDirectories(Path.Combine(_site.Output, "articles")).First();
        Assert.Equal(LinkCheck.BaseUrl + "card.png", OgImage(Path.Combine(article, "index.html")));
        Assert.False(File.Exists(Path.Combine(article, "card.png")), "an article drew a card of its own");
        Assert.Equal(LinkCheck.BaseUrl + "timeline/card.png", OgImage("timeline/index.html"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "timeline", "card.png")));
    }

    [Fact]
    public void With_pages_every_article_draws_its_own_card_and_its_news_article_names_it()
    {
        using var site = new BuiltSite(SampleSite.Articles, LinkCheck.BaseUrl, c => c with { SocialCards = SocialCardScope.Pages });
        var articles = Directory.GetDirectories(Path.Combine(site.Output, "articles"));
        Assert.NotEmpty(articles);
        foreach (var article in articles)
        {
            var url = LinkCheck.BaseUrl + "articles/" + Path.GetFileName(article) + "/card.png";
            var head = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(article, "index.html"))).Head!;
            Assert.Equal(url, head.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
            Assert.True(File.Exists(Path.Combine(article, "card.png")), $"{article} has no card");
            Assert.Contains($"\"url\":\"{url}\"", head.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_two_of_a_list_shares_page_ones_card()
    {
        Assert.True(File.Exists(Path.Combine(_site.Output, "timeline", "page", "2", "index.html")));
        Assert.Equal(LinkCheck.BaseUrl + "timeline/card.png", OgImage("timeline/page/2/index.html"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "timeline", "page", "2", "card.png")));
    }
}
