using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// How other newsrooms write names and offices (Indian, British, military and wire styles), read with an empty
/// people registry for an India–Vietnam chronicle. Fixture sentences are the project's own.
/// </summary>
public class PressConventionsTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() =>
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);
        return new ArticleExtractor(config with
        {
            Title = "India–Vietnam: A Chronicle",
            People = [],
            Anniversary = config.Anniversary with { Countries = ["India", "Vietnam"] },
        });
    });

    private static Article Extract(string body) => ExtractionCase.Article(Extractor.Value, "Ministers meet\n\n" + body + "\n", "2025-03-12");

    private static string? Role(Article a, string id) => ExtractionCase.Role(a, id);

    private static string[] Met(Article a) => ExtractionCase.Met(a);

    private static string[] Participants(Article a) => ExtractionCase.Participants(a);

    [Fact]
    public void An_office_in_lower_case_is_the_role_and_a_rank_after_it_is_not()
    {
        var a = Extract("NEW DELHI: Vietnam trade minister Nguyen Hong Dien held talks with Indian commerce minister Piyush Goyal in New Delhi on Wednesday.\n\nThe Vietnamese army chief of staff General Nguyen Tan Cuong also attended.");
        Assert.Equal("Trade Minister", Role(a, "nguyen-hong-dien"));
        Assert.Equal("Commerce Minister", Role(a, "piyush-goyal"));
    }

    [Fact]
    public void A_counterpart_holds_the_office_of_the_one_whose_counterpart_they_are()
    {
        var a = Extract("HANOI - Minister of Public Security Luong Tam Quang held talks with his Indian counterpart Amit Shah in Hanoi on Monday.");
        Assert.Equal("Minister of Public Security", Role(a, "amit-shah"));
        Assert.Equal(["amit-shah+luong-tam-quang"], Met(a));
    }

    [Fact]
    public void An_initial_belongs_to_the_name()
    {
        var a = Extract("NEW DELHI: External Affairs Minister R. Kumaran on Tuesday met Vietnamese Ambassador Nguyen Thanh Hai in New Delhi.\n\nMr. Kumaran said the two sides would meet again in June.");
        Assert.Contains(a.People, p => p.Name == "R. Kumaran" && p.Role == "External Affairs Minister");
        Assert.Equal(["nguyen-thanh-hai+r-kumaran"], Met(a));
    }

    [Fact]
    public void A_shortened_rank_before_a_short_name_is_a_title_but_a_given_name_at_the_end_stays()
    {
        var a = Extract("HANOI - Senior Lieutenant General Tran Van Hoa received Indian Navy chief Admiral Rohit Desai in Hanoi on Friday.\n\nGen Hoa praised the navies' joint drills.\n\nThe two sides were joined by Japanese Ambassador Ito Gen, who spoke briefly.");
        Assert.DoesNotContain(a.People, p => p.Name.StartsWith("Gen", StringComparison.Ordinal));
        Assert.Contains(a.People, p => p.Name == "Ito Gen");
    }

    [Fact]
    public void Calling_on_someone_is_meeting_them()
    {
        var a = Extract("NEW DELHI: Vietnamese Defence Minister Phan Van Tuan held talks with his Indian counterpart Arjun Mehra in New Delhi on Wednesday.\n\nThe Vietnamese minister also called on Prime Minister Vikram Rao later in the day.");
        Assert.Equal(["arjun-mehra+phan-van-tuan", "phan-van-tuan+vikram-rao"], Met(a));
    }

    [Fact]
    public void Someone_named_in_an_office_they_held_back_then_did_not_take_part()
    {
        var a = Extract("NEW DELHI: Prime Minister Vikram Rao welcomed Vietnamese Prime Minister Pham Minh Chinh in New Delhi on Wednesday.\n\nTies were first raised during a visit by then-Prime Minister Nguyen Tan Dung in 2007.");
        Assert.Equal(["pham-minh-chinh", "vikram-rao"], Participants(a));
    }

    [Fact]
    public void A_rank_that_begins_with_vice_is_the_role_when_no_office_comes_before_it_and_observing_is_taking_part()
    {
        var a = Extract("DA NANG - Rear Admiral Tran Van Son, Commander of the Vietnam Navy, and Vice Admiral Rahul Menon, Chief of the Indian Navy, observed a joint drill off Da Nang on Monday.");
        Assert.Equal(["rahul-menon", "tran-van-son"], Participants(a));
        Assert.DoesNotContain(a.People, p => p.Role == "Vice" || p.Role == "Rear");
    }

    [Fact]
    public void The_two_leaders_holding_talks_is_a_meeting_of_each_side_s_lead()
    {
        var a = Extract("DA NANG - Rear Admiral Tran Van Son, Commander of the Vietnam Navy, and Vice Admiral Rahul Menon, Commandant of the Indian Coast Guard, observed a joint drill off Da Nang on Monday.\n\nAfter the drill, the two commanders held talks on training.");
        Assert.Equal(["rahul-menon+tran-van-son"], Met(a));
        Assert.EndsWith("Commandant of the Indian Coast Guard", Role(a, "rahul-menon"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_after_a_name_in_lower_case_is_written_as_an_office_and_elect_is_a_title()
    {
        var a = Extract("NEW DELHI: President-elect Kavita Rao held phone talks with To Van Minh, general secretary of the Communist Party of Vietnam, on Wednesday.");
        // The country at the end goes, as for every office ("… of Japan").
        Assert.Equal("General Secretary of the Communist Party", Role(a, "to-van-minh"));
        Assert.Equal("President-elect", Role(a, "kavita-rao"));
    }

    [Fact]
    public void A_rank_before_the_name_gives_way_to_the_office_after_it()
    {
        var a = Extract("HANOI - Senior Lieutenant General Tran Van Hoa, Deputy Minister of National Defence, received Indian Navy chief Admiral Rohit Desai in Hanoi on Friday.");
        Assert.Equal("Deputy Minister of National Defence", Role(a, "tran-van-hoa"));
    }
}
