using AngleSharp.Html.Parser;

namespace StaticChronicle.Tests.Pages;

/// <summary>The structure every page must have: language, skip link first, landmarks, one h1, headings in order.</summary>
public class AccessibilityTests(BuiltSiteFixture fixture) : IClassFixture<BuiltSiteFixture>
{
    private readonly BuiltSite _site = fixture.Site;

    public static TheoryData<string> Pages() =>
    [
        "index.html", "timeline/index.html", "timeline/1973/index.html", "timeline/2023/index.html",
        "articles/2023-09-05-na-chairman-hue-holds-talks-with-otsuji-hidehisa/index.html",
        "people/index.html", "people/kishida-fumio/index.html", "topics/index.html", "topics/trade-investment/index.html",
        "anniversary/index.html", "404.html",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_has_lang_a_skip_link_first_landmarks_and_headings_in_order(string page)
    {
        var document = new HtmlParser().ParseDocument(_site.Read(page));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        var firstFocusable = document.QuerySelector("a[href], button, input, select, textarea");
        Assert.Equal("#main", firstFocusable?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > footer"));
        Assert.NotNull(document.QuerySelector("header nav[aria-label]"));

        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{page}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public void The_chart_is_an_image_with_a_title_and_a_text_alternative()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("anniversary/index.html"));
        var svg = document.QuerySelector("svg.glance-svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("glance-svg-title glance-svg-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Articles per year, 1973–2025, over the eras of the relationship", svg.QuerySelector("title")!.TextContent);
        var desc = svg.QuerySelector("desc")!.TextContent;
        Assert.StartsWith("Articles per year from 1973 to 2025: 5 in all, the most in 2022 (2); 2023, the anniversary year, is highlighted with 2.", desc, StringComparison.Ordinal);
        Assert.Contains("27 November 2023, Comprehensive strategic partnership", desc, StringComparison.Ordinal);

        // A narrow screen scrolls the chart inside a box a keyboard can reach and a screen reader can name.
        var box = svg.ParentElement!;
        Assert.Equal(("0", "region"), (box.GetAttribute("tabindex"), box.GetAttribute("role")));
        Assert.False(string.IsNullOrEmpty(box.GetAttribute("aria-label")));

        // The table fallback holds the same counts.
        var rows = document.QuerySelectorAll(".glance-table tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Contains(("2022", "2"), rows);
        Assert.Contains(("2023", "2"), rows);
        Assert.Contains(("2025", "1"), rows);
    }

    [Fact]
    public void Native_names_carry_their_language()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("people/truong-thi-mai/index.html"));
        var native = document.QuerySelector(".native")!;
        Assert.Equal(("vi", "Trương Thị Mai"), (native.GetAttribute("lang"), native.TextContent));
    }
}
