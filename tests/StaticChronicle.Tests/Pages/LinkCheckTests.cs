using AngleSharp.Html.Parser;

namespace StaticChronicle.Tests.Pages;

/// <summary>Follows every href and src of the site built for https://example.github.io/chronicle/, as served under /chronicle/.</summary>
public class LinkCheckTests(BuiltSiteFixture fixture) : IClassFixture<BuiltSiteFixture>
{
    private const string BaseUrl = "https://example.github.io/chronicle/";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void Every_internal_link_and_asset_resolves_under_the_sub_path()
    {
        var (broken, checkedLinks) = LinkCheck.Run(_site);

        Assert.Empty(broken);
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_404_page_links_base_path_absolute_so_it_works_at_any_depth()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("404.html"));
        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.True(u.StartsWith("/chronicle/", StringComparison.Ordinal) || u.StartsWith('#') || u.StartsWith("https://", StringComparison.Ordinal), u));
    }

    [Fact]
    public void Sharing_urls_are_absolute_under_the_base_url()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("people/kishida-fumio/index.html"));
        Assert.Equal(BaseUrl + "people/kishida-fumio/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(BaseUrl + "people/kishida-fumio/", document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }
}
