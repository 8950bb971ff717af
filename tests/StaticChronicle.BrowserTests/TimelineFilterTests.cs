using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class TimelineFilterTests(SiteFixture site)
{
    private const string VisibleArticleLinks =
        "() => [...document.querySelectorAll('[data-timeline] .entry:not(.entry-milestone)')].filter(e => e.offsetParent !== null).map(e => e.querySelector('.entry-title a').href).sort()";

    private const string Status = "[data-filters] [role=status]";

    [BrowserFact]
    public async Task Filtering_by_a_person_from_the_keyboard_shows_exactly_that_persons_events_and_keeps_the_choice_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);

        await KeyboardTests.TabUntilAsync(page, "a[data-filter=people]");
        var person = await page.EvaluateAsync<string>("() => document.activeElement.dataset.value");
        await page.Keyboard.PressAsync("Enter");

        var shown = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.Equal(await ArticlesOnPersonPageAsync(context, person), shown);
        Assert.True(shown.Length < all.Length, $"filtering by {person} hid nothing ({all.Length} articles)");
        Assert.Equal("true", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-pressed')"));
        Assert.Equal("polite", await page.Locator(Status).GetAttributeAsync("aria-live"));
        Assert.StartsWith($"Showing {shown.Length} of {all.Length} articles", await page.Locator(Status).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("?person=" + person, new Uri(page.Url).Query);

        // The URL is the shareable view: opened afresh, it shows the same events with the same chip pressed.
        var shared = await context.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(shown, await shared.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("true", await shared.GetAttributeAsync($"a[data-filter=people][data-value=\"{person}\"]", "aria-pressed"));

        // Space works on the chip too (it is a button to assistive technology), and clears the filter.
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(all, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("", new Uri(page.Url).Query);
    }

    [BrowserFact]
    public async Task Every_person_filter_shows_exactly_the_events_on_that_persons_page()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var people = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[data-filter=people]')].map(a => a.dataset.value)");
        Assert.NotEmpty(people);

        foreach (var person in people)
        {
            await page.GotoAsync(site.Url("timeline/?person=" + Uri.EscapeDataString(person)).ToString());
            Assert.Equal(await ArticlesOnPersonPageAsync(context, person), await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        }
    }

    [BrowserFact]
    public async Task Year_and_topic_filters_combine_and_pressing_a_chip_again_shows_everything()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;
        var all = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        var topic = await page.GetAttributeAsync("a[data-filter=topics]", "data-value");
        var year = await page.EvaluateAsync<string>(
            "t => document.querySelector(`[data-timeline] .entry[data-topics~=\"${t}\"]`).dataset.year", topic);

        await page.ClickAsync($"a[data-filter=year][data-value=\"{year}\"]");
        await page.ClickAsync($"a[data-filter=topics][data-value=\"{topic}\"]");

        var shown = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-timeline] .entry')].filter(e => e.offsetParent !== null).map(e => [e.dataset.year, e.dataset.topics ?? ''])");
        Assert.NotEmpty(shown);
        Assert.All(shown, e => Assert.Equal(year, e[0]));
        Assert.All(shown, e => Assert.Contains(topic!, e[1].Split(' ')));
        Assert.Equal($"?year={year}&topic={topic}", new Uri(page.Url).Query);

        await page.ClickAsync($"a[data-filter=year][data-value=\"{year}\"]");
        await page.ClickAsync($"a[data-filter=topics][data-value=\"{topic}\"]");
        Assert.Equal(all, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("", new Uri(page.Url).Query);
    }

    [BrowserFact]
    public async Task Without_javascript_every_entry_is_visible_and_every_filter_is_a_link_to_its_page()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Timeline)).Page;

        var entries = await page.Locator("[data-timeline] .entry:not(.entry-milestone)").CountAsync();
        Assert.True(entries > 0);
        Assert.Equal(entries, (await page.EvaluateAsync<string[]>(VisibleArticleLinks)).Length);

        var filters = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('a[data-filter]')].map(a => [a.dataset.filter, a.dataset.value, a.getAttribute('role') ?? '', a.href])");
        var pages = new Dictionary<string, string> { ["year"] = "timeline/{0}/", ["people"] = "people/{0}/", ["topics"] = "topics/{0}/" };
        Assert.Equal(["people", "topics", "year"], filters.Select(f => f[0]).Distinct().Order(StringComparer.Ordinal));
        foreach (var filter in filters)
        {
            Assert.Equal("", filter[2]);
            Assert.Equal(site.Url(string.Format(System.Globalization.CultureInfo.InvariantCulture, pages[filter[0]], filter[1])).ToString(), filter[3]);
            var response = await context.APIRequest.GetAsync(filter[3]);
            Assert.True(response.Status == 200, $"{filter[0]} filter '{filter[1]}' links to {filter[3]}, which answers {response.Status}");
        }
    }

    /// <summary>The articles the person's own page lists: an independent source for what the filter must show.</summary>
    private async Task<string[]> ArticlesOnPersonPageAsync(IBrowserContext context, string person)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"people/{person}/").ToString());
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.appearances .entry-title a')].map(a => a.href).sort()");
        await page.CloseAsync();
        Assert.NotEmpty(links);
        return links;
    }
}
