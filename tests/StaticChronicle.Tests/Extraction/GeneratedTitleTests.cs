using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>Titles made from the lede when the text has no headline: what they keep and drop. The project's own sentences.</summary>
public class GeneratedTitleTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(SiteConfigLoader.Load(RepositoryPaths.SiteConfig) with { People = [] }));

    private static Article Extract(string text) => ExtractionCase.Article(Extractor.Value, text, "2025-08-26");

    [Fact]
    public void A_weekday_dropped_from_the_middle_leaves_the_words_around_it_apart_and_the_office_after_a_name_goes()
    {
        var a = Extract("HANOI – Chairman Nguyen Van Binh hosted a reception in Hanoi on Tuesday for Tanaka Ichiro, Speaker of the House of Councillors of Japan, during which he thanked the guest.\n");
        Assert.True(a.TitleGenerated);
        Assert.Equal("Nguyen Van Binh hosted a reception in Hanoi for Tanaka Ichiro", a.Title);
    }

    [Fact]
    public void Yesterday_is_the_date_s_business_not_the_title_s()
    {
        var a = Extract("HANOI – Deputy Prime Minister Le Van Thanh yesterday received Japanese Ambassador Sato Kenji in Hanoi.\n");
        Assert.Equal("Le Van Thanh received Sato Kenji in Hanoi", a.Title);
    }

    [Fact]
    public void A_caption_ending_in_a_dash_and_a_photo_credit_is_not_the_headline()
    {
        var a = Extract("Deputy Prime Minister Le Van Thanh receives Japanese Ambassador Sato Kenji in Ha Noi.— Photo baochinhphu.vn |\n\nHANOI – Deputy Prime Minister Le Van Thanh received Japanese Ambassador Sato Kenji in Hanoi on Tuesday and asked for more support for railways.\n");
        Assert.True(a.TitleGenerated, a.Title);
        Assert.DoesNotContain("Photo", a.Title, StringComparison.Ordinal);
    }
}
