using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// A newsroom's next chronicle: a relationship without Vietnam (Japan–Philippines), an empty people registry, and
/// the countries named only by the site's title. Fixture sentences are the project's own.
/// </summary>
public class OtherRelationshipTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() =>
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);
        return new ArticleExtractor(config with
        {
            Title = "Japan–Philippines: A Chronicle",
            People = [],
            Anniversary = config.Anniversary with { Title = "70 years of Japan–Philippines relations", Countries = [] },
        });
    });

    private static Article Extract(string text) => ExtractionCase.Article(Extractor.Value, text, "2025-04-29");

    private static string[] Met(Article a) => ExtractionCase.Met(a);

    private static string[] Participants(Article a) => ExtractionCase.Participants(a);

    [Fact]
    public void Two_partners_of_which_neither_is_Vietnam_meet()
    {
        var a = Extract("Leaders meet in Manila\n\nMANILA -- Japanese Prime Minister Ishiba Shigeru held talks with President Ferdinand Marcos Jr. at Malacanang Palace on Tuesday about coast guard patrol boats.\n\nMarcos thanked Japan for its help with the new subway line.\n");
        Assert.Equal(["ferdinand-marcos-jr+ishiba-shigeru"], Met(a));
    }

    [Fact]
    public void The_sides_come_from_the_site_title_when_the_configuration_names_no_countries()
    {
        var a = Extract("Ministers agree in Tokyo\n\nTOKYO -- Philippine Trade Secretary Cristina Roque and Japanese Trade Minister Muto Yoji agreed on Tuesday to open talks on an investment pact.\n");
        Assert.Equal(["cristina-roque+muto-yoji"], Met(a));
    }

    [Fact]
    public void A_quoted_nickname_is_not_part_of_the_name()
    {
        var a = Extract("President receives envoy\n\nMANILA -- President Ferdinand \"Bongbong\" Marcos Jr. received Japanese Ambassador Endo Kazuya at Malacanang on Tuesday.\n\nMarcos asked for more scholarships.\n");
        Assert.Equal(["endo-kazuya", "ferdinand-marcos-jr"], Participants(a));
        Assert.Equal("President", a.People.Single(p => p.Id == "ferdinand-marcos-jr").Role);
        Assert.Equal(["endo-kazuya+ferdinand-marcos-jr"], Met(a));
    }

    [Fact]
    public void A_family_name_spelt_like_a_city_after_a_title_is_a_person()
    {
        var a = Extract("Ministers meet\n\nMANILA -- Japanese Health Minister Fukuoka Takamaro met Philippine Health Secretary Teodoro Herbosa in Manila on Tuesday to discuss nurses.\n");
        Assert.Equal(["fukuoka-takamaro", "teodoro-herbosa"], Participants(a));
        Assert.Contains("Manila", a.Places);
    }

    [Theory]
    [InlineData("Foreign Affairs Secretary Maria Lazaro had said last week that the pact was close.")]
    [InlineData("Foreign Affairs Secretary Maria Lazaro said last month that the pact was close.")]
    public void Someone_whose_only_remark_predates_the_event_did_not_take_part(string sentence)
    {
        var a = Extract($"Leaders meet in Manila\n\nMANILA -- Japanese Prime Minister Ishiba Shigeru held talks with President Ferdinand Marcos Jr. at Malacanang Palace on Tuesday.\n\n{sentence}\n");
        Assert.Equal(["ferdinand-marcos-jr", "ishiba-shigeru"], Participants(a));
    }

    [Fact]
    public void A_remark_in_the_event_still_counts_and_had_talks_is_the_event()
    {
        var a = Extract("Leaders meet in Manila\n\nMANILA -- Japanese Prime Minister Ishiba Shigeru had talks with President Ferdinand Marcos Jr. at Malacanang Palace on Tuesday.\n\nForeign Affairs Secretary Maria Lazaro, who visited Tokyo last month, said the pact was close.\n");
        Assert.Equal(["ferdinand-marcos-jr", "ishiba-shigeru", "maria-lazaro"], Participants(a));
        Assert.Equal(["ferdinand-marcos-jr+ishiba-shigeru"], Met(a));
    }

    [Fact]
    public void A_nationality_of_two_words_is_not_part_of_the_role()
    {
        var a = Extract("Ministers meet\n\nTOKYO -- New Zealand Trade Minister Todd McClay and Japanese Trade Minister Muto Yoji held talks in Tokyo on Tuesday.\n");
        Assert.Equal("Trade Minister", a.People.Single(p => p.Id == "todd-mcclay").Role);
    }

    [Fact]
    public void A_ministry_whose_name_lists_its_fields_with_commas_is_one_role()
    {
        var a = Extract("Ministers meet\n\nMANILA -- The Philippines' Secretary of Labor, Employment and Social Welfare Rosa Dimalanta held talks with Japanese Ambassador Endo Kazuya in Manila on Tuesday.\n");
        Assert.Equal("Secretary of Labor, Employment and Social Welfare", a.People.Single(p => p.Id == "rosa-dimalanta").Role);
    }

    [Fact]
    public void The_country_an_ambassador_is_posted_to_is_not_their_side()
    {
        var a = Extract("Envoy meets minister\n\nMANILA -- Foreign Affairs Secretary Maria Lazaro met Japanese Ambassador to the Philippines Endo Kazuya in Manila on Tuesday.\n");
        Assert.Equal(["endo-kazuya+maria-lazaro"], Met(a));
    }

    [Theory]
    [InlineData("Ishiba will welcome Marcos again in Tokyo in December.")]
    [InlineData("Ishiba is expected to host Marcos in Tokyo in December.")]
    public void Someone_who_only_will_host_a_meeting_has_not_taken_part(string sentence)
    {
        var a = Extract($"Ministers meet\n\nMANILA -- Foreign Affairs Secretary Maria Lazaro met Japanese Ambassador Endo Kazuya in Manila on Tuesday to prepare a visit.\n\nJapanese Prime Minister Ishiba Shigeru and President Ferdinand Marcos Jr. are old friends. {sentence}\n");
        Assert.DoesNotContain("ishiba-shigeru", Participants(a));
    }
}
