using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

/// <summary>The paginated lists as a reader meets them: with the keyboard, on a phone, without JavaScript, and the timeline filters across pages.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PaginationTests(SiteFixture site, PaginatedSite paged) : IClassFixture<PaginatedSite>
{
    private const string Topic = "topics/trade-investment/";
    private const string Nav = "nav.pagination";

    private const string VisibleArticleLinks =
        "() => [...document.querySelectorAll('[data-timeline-entry]')].filter(e => e.offsetParent !== null).map(e => e.querySelector('.entry-title a').href).sort()";

    private async Task<IPage> OpenAsync(IBrowserContext context, string relative)
    {
        var visit = await PageVisit.OpenAsync(context, paged.Url(relative), 200);
        Assert.Empty(visit.Problems);
        return visit.Page;
    }

    /// <summary>Follows "Next" from <paramref name="relative"/> to the last page: every page of the series, in order.</summary>
    private async Task<List<string>> WalkAsync(IBrowserContext context, string relative)
    {
        var urls = new List<string>();
        var page = await OpenAsync(context, relative);
        while (true)
        {
            urls.Add(page.Url);
            var next = page.Locator($"{Nav} a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                return urls;
            }

            // Followed as a reader's click would, by its href: a click's navigation may not have begun when it returns.
            var response = await page.GotoAsync(await next.EvaluateAsync<string>("a => a.href"));
            Assert.Equal(200, response?.Status);
            Assert.True(urls.Count < 50, "the Next links never end");
        }
    }

    [BrowserFact]
    public async Task Without_javascript_next_links_walk_a_topic_page_by_page_and_every_page_holds_entries()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var urls = await WalkAsync(context, Topic);

        Assert.Equal([paged.Url(Topic).ToString(), paged.Url(Topic + "page/2/").ToString()], urls);
        foreach (var url in urls)
        {
            var page = await OpenAsync(context, url);
            Assert.True(await page.Locator(".entries .entry").CountAsync() > 0, $"{url} lists nothing");
            Assert.Equal("Pages of Trade and investment", await page.Locator(Nav).GetAttributeAsync("aria-label"));
            var current = page.Locator($"{Nav} [aria-current=page]");
            Assert.Equal(1, await current.CountAsync());
            Assert.Equal(new Uri(url).AbsolutePath, new Uri(await current.EvaluateAsync<string>("a => a.href")).AbsolutePath);
        }

        var second = await OpenAsync(context, Topic + "page/2/");
        Assert.Equal(paged.Url(Topic).AbsolutePath, await second.Locator($"{Nav} a[rel=prev]").GetAttributeAsync("href"));
        Assert.Equal(paged.Url(Topic).AbsolutePath, await second.Locator("link[rel=prev]").GetAttributeAsync("href"));
        Assert.Equal(0, await second.Locator("link[rel=next]").CountAsync());
        Assert.Equal(0, await second.Locator($"{Nav} a[rel=next]").CountAsync());
    }

    [BrowserFact]
    public async Task Every_page_of_the_timeline_is_reachable_by_its_links_and_lists_every_row_once()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var urls = await WalkAsync(context, "timeline/");
        var rows = new List<string>();
        foreach (var url in urls)
        {
            var page = await OpenAsync(context, url);
            var here = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.timeline .entries > li')].map(li => li.id || li.textContent.trim().slice(0, 60))");
            Assert.InRange(here.Length, 1, PaginatedSite.PageSize);
            rows.AddRange(here);
        }

        Assert.True(urls.Count >= 3, $"{urls.Count} timeline pages");
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(paged.Url("timeline/page/2/").ToString(), urls[1]);
    }

    [BrowserFact]
    public async Task From_the_keyboard_next_and_previous_are_focus_stops_with_a_visible_indicator_that_turn_the_page()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await OpenAsync(context, Topic);

        await KeyboardTests.TabUntilAsync(page, $"{Nav} a[rel=next]");
        var indicator = await page.EvaluateAsync<bool>(
            "() => { const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow !== '' && s.boxShadow !== 'none'); }");
        Assert.True(indicator, "the focused Next link shows no focus indicator");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("p => location.pathname === p && document.readyState === 'complete'", paged.Url(Topic + "page/2/").AbsolutePath);

        // Previous is a focus stop too, leading back to the bare address.
        await KeyboardTests.TabUntilAsync(page, $"{Nav} a[rel=prev]");
        Assert.Equal(paged.Url(Topic).AbsolutePath, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    [BrowserFact]
    public async Task With_tab_and_enter_alone_a_reader_turns_to_page_two_and_back_to_the_bare_address()
    {
        await using var context = await site.NewContextAsync();
        var visit = await PageVisit.OpenAsync(context, paged.Url(Topic));
        var page = visit.Page;
        var current = page.Locator($"{Nav} [aria-current=page]");

        // From the top of a freshly opened page: every focus stop before the pager (skip link, menu, entries) is passed.
        await KeyboardTests.TabUntilAsync(page, $"{Nav} a[rel=next]");
        await page.Keyboard.PressAsync("Enter");

        // Polled for the state the reader sees, not waited on as a load event (a fast navigation can commit before
        // a waiter is attached, and CI is slow).
        await Assertions.Expect(page).ToHaveURLAsync(paged.Url(Topic + "page/2/").ToString());
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Trade and investment");
        await Assertions.Expect(current).ToHaveTextAsync("Page 2");
        await Assertions.Expect(page.Locator($"{Nav} .pagination-status")).ToContainTextAsync("Page 2 of 2");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"^Trade and investment \(page 2 of 2\) · "));

        await KeyboardTests.TabUntilAsync(page, $"{Nav} a[rel=prev]");
        await page.Keyboard.PressAsync("Enter");

        // Page 1 is the topic's own address, never …/page/1/.
        await Assertions.Expect(page).ToHaveURLAsync(paged.Url(Topic).ToString());
        await Assertions.Expect(current).ToHaveTextAsync("Page 1");
        await Assertions.Expect(page.Locator($"{Nav} .pagination-status")).ToContainTextAsync("Page 1 of 2");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"^Trade and investment · "));
        Assert.Empty(visit.Problems);
    }

    [BrowserTheory]
    [InlineData(Topic + "page/2/")]
    [InlineData("timeline/page/3/")]
    [InlineData("people/page/2/")]
    public async Task At_390_px_the_pagination_fits_and_its_links_are_big_enough_to_tap(string relative)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await OpenAsync(context, relative);

        var layout = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const links = [...document.querySelectorAll('nav.pagination a')].map(a => a.getBoundingClientRect());
              return {
                scroll: document.documentElement.scrollWidth,
                width: document.documentElement.clientWidth,
                right: Math.max(...links.map(r => r.right)),
                smallest: Math.min(...links.map(r => Math.min(r.width, r.height))),
                count: links.length,
              };
            }
            """);
        Assert.True(layout.GetProperty("count").GetInt32() >= 2);
        Assert.True(layout.GetProperty("scroll").GetDouble() <= layout.GetProperty("width").GetDouble(), $"{relative} scrolls sideways at 390 px");
        Assert.True(layout.GetProperty("right").GetDouble() <= 390, $"a pagination link ends at {layout.GetProperty("right")} px");
        Assert.True(layout.GetProperty("smallest").GetDouble() >= 44, $"a pagination link is {layout.GetProperty("smallest")} px, under 44 px");
    }

    [BrowserFact]
    public async Task On_a_later_timeline_page_the_person_filter_finds_that_persons_events_on_every_page()
    {
        await using var context = await site.Browser.NewContextAsync();
        // The last page of the timeline: the newest article, which is not one of Kishida Fumio's.
        var first = await OpenAsync(context, "timeline/");
        var last = new Uri(await first.Locator($"{Nav} li:not(.pagination-next) a").Last.EvaluateAsync<string>("a => a.href"));
        Assert.NotEqual(first.Url, last.ToString());
        var page = await OpenAsync(context, last.ToString());
        var onPage = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.NotEmpty(onPage);
        Assert.Equal($"Showing {onPage.Length} of 5 articles on this page; a filter searches them all.", await page.Locator("[data-timeline-filters] [role=status]").TextContentAsync());

        await page.SelectOptionAsync("select[name=person]", "kishida-fumio");
        await page.WaitForSelectorAsync(".filter-results:not([hidden]) [data-timeline-entry]");

        var shown = await page.EvaluateAsync<string[]>(VisibleArticleLinks);
        Assert.Equal(await AppearancesAsync(context, "kishida-fumio"), shown);
        Assert.StartsWith($"Showing {shown.Length} of 5 articles: Kishida Fumio", await page.Locator("[data-timeline-filters] [role=status]").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(Nav).IsHiddenAsync(), "the pager of the unfiltered list still shows under the filtered results");
        Assert.Equal("?person=kishida-fumio", new Uri(page.Url).Query);

        await page.ClickAsync("button.filters-clear");
        Assert.Equal(onPage, await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.True(await page.Locator(Nav).IsVisibleAsync());
    }

    [BrowserFact]
    public async Task A_filtered_link_opened_afresh_lists_the_whole_chronicles_matches()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await OpenAsync(context, "timeline/page/4/?topic=trade-investment");
        await page.WaitForSelectorAsync(".filter-results:not([hidden]) [data-timeline-entry]");

        var topicPages = new List<string>();
        foreach (var url in await WalkAsync(context, Topic))
        {
            var listed = await OpenAsync(context, url);
            topicPages.AddRange(await listed.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.entries .entry-title a')].map(a => a.href)"));
        }

        Assert.Equal(topicPages.Order(StringComparer.Ordinal), await page.EvaluateAsync<string[]>(VisibleArticleLinks));
        Assert.Equal("trade-investment", await page.InputValueAsync("select[name=topic]"));
    }

    /// <summary>The articles on every page of a person's appearances: an independent source for what the filter must show.</summary>
    private async Task<string[]> AppearancesAsync(IBrowserContext context, string person)
    {
        var links = new List<string>();
        foreach (var url in await WalkAsync(context, $"people/{person}/"))
        {
            var page = await OpenAsync(context, url);
            links.AddRange(await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.appearances .entry-title a')].map(a => a.href)"));
        }

        Assert.NotEmpty(links);
        return [.. links.Order(StringComparer.Ordinal)];
    }
}
