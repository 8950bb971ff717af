using AngleSharp.Html.Parser;
using StaticChronicle.Build;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Rendering;
using StaticChronicle.Seeds;
using StaticChronicle.Tests.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Pages;

/// <summary>Front matter <c>aliases:</c>: the old address of an article leads to its page, under /chronicle/ as everywhere.</summary>
public sealed class RedirectPagesTests : IDisposable
{
    private const string OldPath = "articles/2022-05-01-vietnam-japan-trending-cooperation/";
    private static readonly Article Moved = SampleSite.Articles[0] with
    {
        Aliases = [new PageAlias(OldPath, 4, 5), new PageAlias("news/old-page.html", 5, 5)],
    };

    private readonly BuiltSite _site = new([Moved, .. SampleSite.Articles.Skip(1)], LinkCheck.BaseUrl);

    public void Dispose() => _site.Dispose();

    private static string NewUrl => "/chronicle/articles/" + Moved.Slug + "/";

    [Fact]
    public void An_old_address_holds_a_page_that_sends_the_reader_on_to_the_article()
    {
        var document = new HtmlParser().ParseDocument(_site.Read(OldPath + "index.html"));

        Assert.Equal("0; url=" + NewUrl, document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(LinkCheck.BaseUrl + "articles/" + Moved.Slug + "/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var link = document.QuerySelector("body a")!;
        Assert.Equal(NewUrl, link.GetAttribute("href"));
        Assert.Equal(Moved.Title, link.TextContent);
        Assert.Equal(NewUrl, new HtmlParser().ParseDocument(_site.Read("news/old-page.html")).QuerySelector("body a")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_link_of_the_site_with_redirects_resolves_under_the_sub_path()
    {
        var (broken, checkedLinks) = LinkCheck.Run(_site);

        Assert.Empty(broken);
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
        Assert.Contains(_site.HtmlFiles(), f => f.EndsWith(Path.Combine("news", "old-page.html"), StringComparison.Ordinal));
    }

    [Fact]
    public void Redirect_pages_are_not_in_the_sitemap()
    {
        var sitemap = _site.Read("sitemap.xml");

        Assert.Contains("articles/" + Moved.Slug + "/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(OldPath, sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("old-page", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("people/", "is where the site writes people/index.html")]
    [InlineData("feed.xml", "is where the site writes feed.xml")]
    [InlineData("people/kishida-fumio/index.html/", "is where the site writes people/kishida-fumio/index.html")]
    [InlineData("articles/2022-05-01-vietnam-japan-reaches-new-progress-in-strategic-cooperation/", "is this article's own address")]
    public void An_alias_at_the_address_of_a_real_page_is_an_error_at_the_alias_in_its_seed(string alias, string expected)
    {
        using var temp = new Build.TempFolder();
        var config = new StaticChronicle.Config.ConfigOverrides(OutputDirectory: temp.Combine("site"), TemplatesDirectory: RepositoryPaths.Templates)
            .ApplyTo(SampleSite.Config());
        Article[] articles = [SampleSite.Articles[0] with { Aliases = [new PageAlias(alias, 4, 5)] }, .. SampleSite.Articles.Skip(1)];

        var e = Assert.Throws<DiagnosticException>(() => SiteBuild.Run(config, articles, new BuildOptions { LoadTemplates = ScribanTemplates.Load }));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal((DisplayPath.For(Path.Combine(config.RootDirectory, SampleSite.Articles[0].SourcePath)), 4, 5), (error.File, error.Line, error.Column));
        Assert.Contains($"alias '/{alias}' {expected}; a redirect there would replace a real page", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Two_articles_with_one_alias_is_an_error_at_the_second()
    {
        using var temp = new Build.TempFolder();
        var config = new StaticChronicle.Config.ConfigOverrides(OutputDirectory: temp.Combine("site"), TemplatesDirectory: RepositoryPaths.Templates)
            .ApplyTo(SampleSite.Config());
        Article[] articles =
        [
            SampleSite.Articles[0] with { Aliases = [new PageAlias("old/", 4, 5)] },
            SampleSite.Articles[1] with { Aliases = [new PageAlias("old/", 6, 7)] },
            .. SampleSite.Articles.Skip(2),
        ];

        var e = Assert.Throws<DiagnosticException>(() => SiteBuild.Run(config, articles, new BuildOptions { LoadTemplates = ScribanTemplates.Load }));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal((6, 7), (error.Line, error.Column));
        Assert.Contains("alias '/old/' is also an alias of", error.Message, StringComparison.Ordinal);
    }
}
