using AngleSharp.Html.Parser;
using SkiaSharp;

namespace StaticChronicle.Tests.Pages;

public class SocialCardPageTests : IClassFixture<BuiltSiteFixture>
{
    private const string BaseUrl = "https://example.github.io/chronicle/";
    private readonly BuiltSite _site;

    public SocialCardPageTests(BuiltSiteFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _site = fixture.Site;
    }

    [Fact]
    public void Every_page_has_an_og_image_that_is_a_png_of_the_stated_size_in_the_built_site()
    {
        var parser = new HtmlParser();
        var pages = _site.HtmlFiles().Where(f => !IsRedirect(f)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var head = parser.ParseDocument(File.ReadAllText(page)).Head!;
            string Meta(string name) => head.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content")
                ?? throw new Xunit.Sdk.XunitException($"{page} has no {name}");

            var url = Meta("og:image");
            Assert.StartsWith(BaseUrl, url, StringComparison.Ordinal);
            var file = Path.Combine(_site.Output, url[BaseUrl.Length..]);
            Assert.True(File.Exists(file), $"{page}: og:image {url} is not in the built site");
            using var bitmap = SKBitmap.Decode(file);
            Assert.NotNull(bitmap);
            Assert.Equal(Meta("og:image:width"), bitmap.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Meta("og:image:height"), bitmap.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("image/png", Meta("og:image:type"));
            Assert.NotEmpty(Meta("og:image:alt"));
            Assert.Equal("summary_large_image", Meta("twitter:card"));
        }
    }

    [Theory]
    // The repository's site-config.yml says `social_cards: sections`, the default: articles share the site card.
    [InlineData("articles/2022-05-01-vietnam-japan-reaches-new-progress-in-strategic-cooperation/index.html", "card.png")]
    [InlineData("people/kishida-fumio/index.html", "people/kishida-fumio/card.png")]
    [InlineData("topics/oda/index.html", "topics/oda/card.png")]
    [InlineData("timeline/index.html", "timeline/card.png")]
    [InlineData("anniversary/index.html", "anniversary/card.png")]
    [InlineData("index.html", "card.png")]
    [InlineData("404.html", "card.png")]
    public void A_page_with_a_title_of_its_own_has_its_own_card_and_the_others_the_site_card(string page, string card)
    {
        var head = new HtmlParser().ParseDocument(_site.Read(page)).Head!;
        Assert.Equal(BaseUrl + card, head.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void Cards_of_different_pages_differ()
    {
        var person = File.ReadAllBytes(Path.Combine(_site.Output, "people/kishida-fumio/card.png"));
        var topic = File.ReadAllBytes(Path.Combine(_site.Output, "topics/oda/card.png"));
        var home = File.ReadAllBytes(Path.Combine(_site.Output, "card.png"));
        Assert.NotEqual(person, topic);
        Assert.NotEqual(person, home);
    }

    private static bool IsRedirect(string file) => File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);
}
