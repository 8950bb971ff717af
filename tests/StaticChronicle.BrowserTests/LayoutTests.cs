using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task At_390_px_nothing_scrolls_sideways(string kind)
    {
        await using var context = await site.NewContextAsync(width: 390);
        var visit = await PageKinds.OpenAsync(site, context, kind);

        var overflow = await visit.Page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`);
            }
            """);

        Assert.True(overflow.Length == 0, $"{kind} page is wider than 390 px:\n" + string.Join('\n', overflow));
    }

    [BrowserTheory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task Screenshots_of_each_kind_of_page_are_written_at_390_and_1280_px(string kind)
    {
        foreach (var (width, scheme) in new[] { (390, ColorScheme.Light), (1280, ColorScheme.Light), (390, ColorScheme.Dark) })
        {
            await using var context = await site.NewContextAsync(width, scheme);
            var visit = await PageKinds.OpenAsync(site, context, kind);
            var path = Artifacts.File(Artifacts.Screenshots, $"{kind}-{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png");

            await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

            Assert.Empty(visit.Problems);
            Assert.True(new FileInfo(path).Length > 1000, $"{path} is (nearly) empty");
        }
    }
}
