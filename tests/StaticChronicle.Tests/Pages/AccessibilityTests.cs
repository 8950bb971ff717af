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
        var svg = document.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Events per year", svg.QuerySelector("title")!.TextContent);
        Assert.Equal("Events per year: 2022: 2, 2023: 2, 2025: 1.", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains("Events per year: 2022: 2, 2023: 2, 2025: 1.", document.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, svg.QuerySelectorAll("rect").Length);
    }

    [Fact]
    public void Native_names_carry_their_language()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("people/truong-thi-mai/index.html"));
        var native = document.QuerySelector(".native")!;
        Assert.Equal(("vi", "Trương Thị Mai"), (native.GetAttribute("lang"), native.TextContent));
    }
}
