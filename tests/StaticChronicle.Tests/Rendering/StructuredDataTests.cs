using System.Text.Json;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Rendering;

public class StructuredDataTests
{
    private const string Hostile = "</script><script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    [Fact]
    public void A_news_article_cannot_close_its_script_element_and_keeps_its_text()
    {
        var articles = SampleSite.Articles.Select((a, i) => i == 0 ? a with { Title = Hostile } : a).ToList();
        var model = SiteModelBuilder.Build(SampleSite.Config(), articles);

        var json = StructuredData.NewsArticle(model.Info, model.Articles[0], model.Articles[0].AbsoluteUrl + "card.png");

        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("NewsArticle", doc.RootElement.GetProperty("@type").GetString());
        Assert.Equal(Hostile, doc.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2022-05-01", doc.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.github.io/chronicle/people/pham-minh-chinh/",
            doc.RootElement.GetProperty("mentions")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void A_news_article_has_its_card_as_image_and_is_based_on_its_source_when_known()
    {
        var model = SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles);
        var withSource = model.Articles.Single(a => a.OriginalUrl is not null);
        var withoutSource = model.Articles.First(a => a.OriginalUrl is null);

        using var doc = JsonDocument.Parse(StructuredData.NewsArticle(model.Info, withSource, withSource.AbsoluteUrl + "card.png"));
        var image = doc.RootElement.GetProperty("image");
        Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
        Assert.Equal(withSource.AbsoluteUrl + "card.png", image.GetProperty("url").GetString());
        Assert.Equal(1200, image.GetProperty("width").GetInt32());
        Assert.Equal(630, image.GetProperty("height").GetInt32());
        Assert.Equal("https://en.vietnamplus.vn/example-talks-post.vnp", doc.RootElement.GetProperty("isBasedOn").GetString());

        using var other = JsonDocument.Parse(StructuredData.NewsArticle(model.Info, withoutSource, model.Info.BaseUrl + "card.png"));
        Assert.False(other.RootElement.TryGetProperty("isBasedOn", out _));
    }

    [Theory]
    [InlineData(SocialCardScope.Pages, true)]
    [InlineData(SocialCardScope.Sections, false)]
    [InlineData(SocialCardScope.Site, false)]
    public void An_articles_news_article_names_the_card_its_page_shares(SocialCardScope scope, bool ownCard)
    {
        var model = SiteModelBuilder.Build(SampleSite.Config() with { SocialCards = scope }, SampleSite.Articles);
        var jobs = PageCards.Attach(PagePlanner.Plan(model), model.Info, scope);
        foreach (var page in jobs.Select(j => j.Page).Where(p => p.OgType == "article"))
        {
            using var doc = JsonDocument.Parse(page.JsonLd!);
            Assert.Equal(page.Card!.Url, doc.RootElement.GetProperty("image").GetProperty("url").GetString());
            Assert.Equal(ownCard ? page.CanonicalUrl + "card.png" : model.Info.BaseUrl + "card.png", page.Card.Url);
        }
    }

    [Fact]
    public void A_person_has_the_native_name_and_country()
    {
        var model = SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles);
        using var doc = JsonDocument.Parse(StructuredData.Person(model.Info, model.People.Single(p => p.Id == "truong-thi-mai")));
        var root = doc.RootElement;
        Assert.Equal("Person", root.GetProperty("@type").GetString());
        Assert.Equal("Trương Thị Mai", root.GetProperty("alternateName").GetString());
        Assert.Equal("Vietnam", root.GetProperty("nationality").GetProperty("name").GetString());
    }
}
