using System.Text.Json;
using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    private const string FocusedElement =
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
          const shadow = s.boxShadow !== '' && s.boxShadow !== 'none';
          return {
            what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 40)}"`,
            indicator: outline || shadow,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          };
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task The_skip_link_is_the_first_stop_and_leads_into_the_main_content(string kind)
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, kind)).Page;

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<JsonElement>(
            "() => { const e = document.activeElement; return { tag: e.tagName, href: e.getAttribute('href') ?? '', text: e.textContent.trim(), visible: e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().height > 0 }; }");
        Assert.Equal("A", first.GetProperty("tag").GetString());
        Assert.StartsWith("#", first.GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.Contains("skip", first.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(first.GetProperty("visible").GetBoolean(), "the skip link stays hidden when focused");

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var landed = await page.EvaluateAsync<bool>(
            """
            () => {
              const target = document.getElementById(location.hash.slice(1));
              const e = document.activeElement;
              return target !== null && (target === e || target.contains(e) || !!(target.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING));
            }
            """);
        Assert.True(landed, "after the skip link, Tab does not continue from the main content");
    }

    [BrowserTheory]
    [InlineData(PageKinds.Home)]
    [InlineData(PageKinds.Timeline)]
    [InlineData(PageKinds.Article)]
    [InlineData(PageKinds.Search)]
    public async Task Every_focus_stop_shows_a_visible_focus_indicator(string kind)
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, kind)).Page;
        var missing = new List<string>();
        var stops = 0;

        for (; stops < 120; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement?>(FocusedElement);
            if (focused is not { ValueKind: JsonValueKind.Object } stop)
            {
                break;
            }

            if (!stop.GetProperty("indicator").GetBoolean() || !stop.GetProperty("onScreen").GetBoolean())
            {
                missing.Add(stop.GetProperty("what").GetString()!);
            }
        }

        Assert.True(stops > 3, $"only {stops} focus stops on the {kind} page");
        Assert.True(missing.Count == 0, $"focus not visible on the {kind} page at:\n" + string.Join('\n', missing));
    }

    [BrowserFact]
    public async Task Searching_works_from_the_keyboard_alone()
    {
        await using var context = await site.NewContextAsync();
        var page = (await PageKinds.OpenAsync(site, context, PageKinds.Home)).Page;

        await TabUntilAsync(page, "input[type=search]");
        await page.Keyboard.TypeAsync(PageKinds.SearchQuery);
        await page.Keyboard.PressAsync("Enter");
        // The search page runs the query it was opened with; wait until its results are announced, so the
        // list is not replaced under the link that Tab reaches.
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("result");
        await page.WaitForSelectorAsync("[data-search-results] li a");

        await TabUntilAsync(page, "[data-search-results] li a");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.href");
        await page.Keyboard.PressAsync("Enter");

        // Wait for the state the test needs (the article is open), not for a navigation event: a fast navigation
        // can commit before a navigation waiter is attached, and the waiter then waits for one that never comes.
        await Assertions.Expect(page).ToHaveURLAsync(target);
        await Assertions.Expect(page.Locator("article h1, main h1").First).ToBeVisibleAsync();
        Assert.Contains("/chronicle/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails after 60 stops.</summary>
    internal static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }
}
