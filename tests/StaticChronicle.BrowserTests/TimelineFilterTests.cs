using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class TimelineFilterTests(SiteFixture site)
{
    private const string VisibleArticleLinks =
        "() => [...document.querySelectorAll('[data-timeline-entry]')].filter(e => e.offsetParent !== null).map(e => e.querySelector('.entry-title a').href).sort()";

    private const string Status = "[data-timeline-filters] [role=status]";

    [BrowserFact]
    public async Task Filtering_by_a_person_from_the_keyboard_shows_exactly_that_persons_events_and_keeps_the_choice_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.Equal($"Showing all {all.Length} articles.", await page.Locator(Status).TextContentAsync());

        await KeyboardTests.TabUntilAsync(page, "select[name=person]");
        await page.Keyboard.PressAsync("ArrowDown");
        var person = await page.InputValueAsync("select[name=person]");
        Assert.NotEqual("", person);

        await page.WaitForSelectorAsync(".filter-results:not([hidden]) [data-timeline-entry]");
        var shown = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.Equal(await ArticlesOnPersonPageAsync(page, person), shown);
        Assert.True(shown.Length < all.Length, $"filtering by {person} hid nothing ({all.Length} articles)");
        Assert.Equal("polite", await page.Locator(Status).GetAttributeAsync("aria-live"));
        Assert.StartsWith($"Showing {shown.Length} of {all.Length} articles:", await page.Locator(Status).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("?person=" + person, new Uri(page.Url).Query);

        // The URL is the shareable view: opened afresh, it shows the same events with the same choice.
        var shared = await context.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await shared.WaitForSelectorAsync(".filter-results:not([hidden]) [data-timeline-entry]");
        Assert.Equal(shown, await shared.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal(person, await shared.InputValueAsync("select[name=person]"));

        // "Show all" is reachable and works from the keyboard too.
        await KeyboardTests.TabUntilAsync(page, "button.filters-clear");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(all, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("", new Uri(page.Url).Query);
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
            await page.WaitForFunctionAsync("p => new URLSearchParams(location.search).get('person') === p && !document.querySelector('.filter-results').hidden && !document.querySelector('[data-timeline-filters] [role=status]').textContent.startsWith('Loading')", person);
            Assert.Equal(await ArticlesOnPersonPageAsync(page, person), await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        }
    }

    [BrowserFact]
    public async Task Year_and_topic_filters_combine_and_show_all_restores_every_entry()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        var topic = await page.EvaluateAsync<string>("() => document.querySelector('select[name=topic] option:nth-child(2)').value");

        // The topic's own page says which articles it has and when: the independent source for what the filters must show.
        var topicUrl = site.Url($"topics/{topic}/").ToString();
        var topicHtml = await (await page.Context.APIRequest.GetAsync(topicUrl)).TextAsync();
        var dated = await page.EvaluateAsync<string[][]>(
            "([html, url]) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.entries .entry')].map(e => [new URL(e.querySelector('.entry-title a').getAttribute('href'), url).href, e.querySelector('time').getAttribute('datetime')])",
            new[] { topicHtml, topicUrl });
        var year = dated[0][1][..4];

        await page.SelectOptionAsync("select[name=year]", year);
        await page.SelectOptionAsync("select[name=topic]", topic);
        await page.WaitForSelectorAsync(".filter-results:not([hidden]) [data-timeline-entry]");

        var shown = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.NotEmpty(shown);
        Assert.Equal(dated.Where(d => d[1].StartsWith(year + "-", StringComparison.Ordinal)).Select(d => d[0]).Order(StringComparer.Ordinal), shown);
        Assert.Equal($"?year={year}&topic={topic}", new Uri(page.Url).Query);

        await page.ClickAsync("button.filters-clear");
        Assert.Equal(all, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("", new Uri(page.Url).Query);
    }

    [BrowserFact]
    public async Task Without_javascript_every_entry_is_visible_and_every_filter_is_a_link_to_its_page()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;

        var entries = await page.Locator("[data-timeline-entry]").CountAsync();
        Assert.True(entries > 0);
        Assert.Equal(entries, (await page.EvaluateAsync<string[]>(VisibleArticleLinks)).Length);
        Assert.Equal(0, await page.Locator("[data-timeline-filters] select").CountAsync());

        var filters = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-filter-group]')].flatMap(g => [...g.querySelectorAll('a[data-filter-value]')].map(a => [g.dataset.filterGroup, a.dataset.filterValue, a.href, a.offsetParent === null ? 'hidden' : 'visible']))");
        var pages = new Dictionary<string, string> { ["year"] = "timeline/{0}/", ["person"] = "people/{0}/", ["topic"] = "topics/{0}/" };
        Assert.Equal(["person", "topic", "year"], filters.Select(f => f[0]).Distinct().Order(StringComparer.Ordinal));
        foreach (var filter in filters)
        {
            Assert.Equal("visible", filter[3]);
            Assert.Equal(site.Url(string.Format(System.Globalization.CultureInfo.InvariantCulture, pages[filter[0]], filter[1])).ToString(), filter[2]);
            var response = await context.APIRequest.GetAsync(filter[2]);
            Assert.True(response.Status == 200, $"{filter[0]} filter '{filter[1]}' links to {filter[2]}, which answers {response.Status}");
        }
    }

    /// <summary>The articles the person's own page lists: an independent source for what the filter must show.</summary>
    private async Task<string[]> ArticlesOnPersonPageAsync(IPage page, string person)
    {
        var url = site.Url($"people/{person}/").ToString();
        var html = await (await page.Context.APIRequest.GetAsync(url)).TextAsync();
        var links = await page.EvaluateAsync<string[]>(
            "([html, url]) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.appearances .entry-title a')].map(a => new URL(a.getAttribute('href'), url).href).sort()",
            new[] { html, url });
        Assert.NotEmpty(links);
        return links;
    }
}
