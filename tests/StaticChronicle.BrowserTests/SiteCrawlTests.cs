using System.Collections.Concurrent;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class SiteCrawlTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Every_page_loads_with_status_200_no_console_error_no_failed_request_and_every_link_resolves()
    {
        Assert.NotEmpty(site.PageUrls);
        await using var context = await site.NewContextAsync();
        var links = new LinkChecker(context.APIRequest, site.BaseUri, new Uri(SiteFixture.PublishedBaseUrl));
        var problems = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(site.PageUrls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, _) =>
        {
            var visit = await PageVisit.OpenAsync(context, url);
            foreach (var problem in visit.Problems.Concat(await links.CheckAsync(visit.Page)))
            {
                problems.Add(problem);
            }

            await visit.Page.CloseAsync();
        });

        Assert.True(problems.IsEmpty, $"{problems.Count} problem(s) on {site.PageUrls.Count} pages:\n" + string.Join('\n', problems.Order(StringComparer.Ordinal)));
    }

    [BrowserFact]
    public async Task A_missing_page_answers_404_with_the_sites_own_not_found_page()
    {
        await using var context = await site.NewContextAsync();
        var visit = await PageVisit.OpenAsync(context, site.Url("no-such-page/"), expectedStatus: 404);

        Assert.Empty(visit.Problems);
        Assert.True(File.Exists(Path.Combine(site.SiteDirectory, "404.html")), "the build wrote no 404.html");
        var links = new LinkChecker(context.APIRequest, site.BaseUri, new Uri(SiteFixture.PublishedBaseUrl));
        Assert.Empty(await links.CheckAsync(visit.Page));
    }
}
