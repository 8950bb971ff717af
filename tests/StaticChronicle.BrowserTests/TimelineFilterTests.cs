using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class TimelineFilterTests(SiteFixture site)
{
    private const string VisibleArticleLinks =
        "() => [...document.querySelectorAll('[data-timeline-entry]')].filter(e => e.offsetParent !== null).map(e => e.querySelector('a').href).sort()";

    [BrowserFact]
    public async Task Filtering_by_a_person_from_the_keyboard_shows_exactly_that_persons_events_and_keeps_the_choice_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);

        await KeyboardTests.TabUntilAsync(page, "select[name=person]");
        await page.Keyboard.PressAsync("ArrowDown");
        var person = await page.EvaluateAsync<string>("() => document.activeElement.value");
        Assert.NotEqual("", person);

        var shown = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        var expected = await ArticlesOnPersonPageAsync(context, person);
        Assert.Equal(expected, shown);
        Assert.True(shown.Length < all.Length, $"filtering by {person} hid nothing ({all.Length} events)");
        Assert.Equal($"Showing {shown.Length} of {all.Length} events", (await page.Locator("[data-timeline-filters] [role=status]").TextContentAsync())!.Split(':')[0].TrimEnd('.'));
        Assert.Equal(person, new Uri(page.Url).Query.TrimStart('?').Split('&').Select(p => p.Split('=')).Single(p => p[0] == "person")[1]);

        // The URL is the shareable view: opened fresh, it shows the same events.
        var shared = await context.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(shown, await shared.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal(person, await shared.InputValueAsync("select[name=person]"));
    }

    [BrowserFact]
    public async Task Every_person_filter_shows_exactly_the_events_on_that_persons_page()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var people = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('select[name=person] option')].map(o => o.value).filter(v => v)");
        Assert.NotEmpty(people);

        foreach (var person in people)
        {
            await page.SelectOptionAsync("select[name=person]", person);
            Assert.Equal(await ArticlesOnPersonPageAsync(context, person), await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        }
    }

    [BrowserFact]
    public async Task Without_javascript_every_entry_is_visible_and_every_filter_is_a_link_to_its_page()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var visit = await PageKinds.OpenAsync(site, context, PageKinds.Timeline);
        var page = visit.Page;

        var entries = await page.Locator("[data-timeline-entry]").CountAsync();
        Assert.True(entries > 0);
        Assert.Equal(entries, (await page.EvaluateAsync<string[]>(VisibleArticleLinks)).Length);
        Assert.Equal(0, await page.Locator("[data-timeline-filters] select").CountAsync());

        var filters = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-filter-group]')].flatMap(g => [...g.querySelectorAll('a[data-filter-value]')].map(a => [g.dataset.filterGroup, a.dataset.filterValue, a.href]))");
        Assert.Contains(filters, f => f[0] == "person");
        Assert.Contains(filters, f => f[0] == "topic");
        Assert.Contains(filters, f => f[0] == "year");
        foreach (var filter in filters)
        {
            var response = await context.APIRequest.GetAsync(filter[2]);
            Assert.True(response.Status == 200, $"{filter[0]} filter '{filter[1]}' links to {filter[2]}, which answers {response.Status}");
        }
    }

    [BrowserFact]
    public async Task Topic_and_year_filters_combine_and_show_all_restores_every_entry()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        var year = await page.EvaluateAsync<string>("() => document.querySelector('select[name=year] option:nth-child(2)').value");

        await page.SelectOptionAsync("select[name=year]", year);
        var inYear = await page.EvaluateAsync<string[]>(
            "y => [...document.querySelectorAll('[data-timeline-entry]')].filter(e => e.offsetParent !== null).map(e => e.dataset.year)", year);
        Assert.NotEmpty(inYear);
        Assert.All(inYear, y => Assert.Equal(year, y));
        Assert.Contains($"year={year}", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("text=Show all");
        Assert.Equal(all, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.DoesNotContain("year=", page.Url, StringComparison.Ordinal);
    }

    /// <summary>The articles the person's own page lists: an independent source for what the filter must show.</summary>
    private async Task<string[]> ArticlesOnPersonPageAsync(IBrowserContext context, string person)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"people/{person}/").ToString());
        var links = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('main a[href*=\"/articles/\"]')].map(a => a.href.split('#')[0]))].sort()");
        await page.CloseAsync();
        return links;
    }
}
