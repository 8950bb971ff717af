using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;
using StaticChronicle.Cli;
using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Searching_longan_finds_the_May_2022_article_with_title_date_and_marked_excerpt_under_the_base_path()
    {
        await using var context = await site.NewContextAsync();
        var visit = await PageKinds.OpenAsync(site, context, PageKinds.Search);

        var results = visit.Page.Locator("[data-search-results] li");
        var first = results.First;
        var href = await first.Locator("a").GetAttributeAsync("href");
        var date = await first.Locator(".search-date").TextContentAsync();
        var excerpt = await first.Locator(".search-excerpt").InnerHTMLAsync();

        Assert.StartsWith("/chronicle/", href, StringComparison.Ordinal);
        Assert.Contains("2022", date, StringComparison.Ordinal);
        Assert.Contains("May", date, StringComparison.Ordinal);
        Assert.Contains("<mark>longan</mark>", excerpt, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\d+ results? for “longan”", await visit.Page.Locator("[data-search-status]").TextContentAsync());
        Assert.Empty(visit.Problems);

        await first.Locator("a").ClickAsync();
        var article = new Uri(site.BaseUri, href).ToString();
        // Polls the address and the text instead of waiting for the article's load event: on a loaded CI machine
        // that event could miss WaitForURL's 30 s although the page was already there.
        await Assertions.Expect(visit.Page).ToHaveURLAsync(article);
        await Assertions.Expect(visit.Page.Locator("main")).ToContainTextAsync("longan", new() { IgnoreCase = true });
    }

    [BrowserFact]
    public async Task A_site_built_without_search_has_no_search_box_and_no_console_error()
    {
        var work = Directory.CreateTempSubdirectory("chronicle-nosearch-");
        try
        {
            var output = Path.Combine(work.FullName, "site");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await ChronicleApp.RunAsync(["build", "--config", RepositoryPaths.SiteConfig, "--output", output, "--base-url", SiteFixture.PublishedBaseUrl], stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            Assert.False(Directory.Exists(Path.Combine(output, "pagefind")), "a build without --search wrote a search index");

            await using var server = await StaticSiteServer.StartAsync(output, "chronicle");
            await using var context = await site.NewContextAsync();
            foreach (var relative in new[] { "", "timeline/" })
            {
                var visit = await PageVisit.OpenAsync(context, new Uri(server.BaseUri, relative));
                Assert.Empty(visit.Problems);
                Assert.Equal(0, await visit.Page.Locator("input[type=search], form[role=search], [data-search]").CountAsync());
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
