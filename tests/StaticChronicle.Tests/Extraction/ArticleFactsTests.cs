using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>Who took part, who met whom, roles, ranked topics, the event's place and the source, one rule per case (issue 15).</summary>
public class ArticleFactsTests
{
    private static readonly Lazy<SiteConfig> Config = new(() => SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(Config.Value));
    private static readonly Lazy<ArticleExtractor> EmptyRegistry = new(() => new ArticleExtractor(Config.Value with { People = [] }));

    private static SeedOutcome Outcome(string text, bool emptyRegistry = false) =>
        // Dates are another feature's business: a case without front matter gets its date from there.
        ExtractionCase.Outcome((emptyRegistry ? EmptyRegistry : Extractor).Value, text.StartsWith("---\n", StringComparison.Ordinal) ? text : "---\ndate: 2024-06-03\n---\n" + text);

    private static Article Extract(string text, bool emptyRegistry = false)
    {
        var outcome = Outcome(text, emptyRegistry);
        Assert.True(outcome.Article is not null, string.Join("\n", outcome.Diagnostics));
        return outcome.Article;
    }

    private static string[] Participants(Article a) => ExtractionCase.Participants(a);

    private static string[] Met(Article a) => ExtractionCase.Met(a);

    private static string? Role(Article a, string id) => ExtractionCase.Role(a, id);

    [Theory]
    [InlineData("During the three-day trip, Chinh is scheduled to hold talks with Prime Minister Kishida Fumio and to meet Emperor Naruhito.")]
    [InlineData("Chinh will meet Prime Minister Kishida Fumio and Emperor Naruhito in Tokyo on Friday.")]
    [InlineData("There will be meetings between Chinh, Prime Minister Kishida Fumio and Emperor Naruhito later in the week.")]
    [InlineData("Officials said Chinh would receive Prime Minister Kishida Fumio and Emperor Naruhito at the end of the month.")]
    public void A_meeting_announced_for_later_is_not_a_meeting_and_its_hosts_did_not_take_part(string sentence)
    {
        var a = Extract($"Prime Minister to visit Japan\n\nHANOI, March 3, 2024 (VNA) - Prime Minister Pham Minh Chinh told reporters in Hanoi on March 3 that he would seek more investment in chips.\n\n{sentence}\n");
        Assert.Equal(["pham-minh-chinh"], Participants(a));
        Assert.Empty(a.Met);
    }

    [Fact]
    public void A_plan_in_one_clause_does_not_undo_talks_reported_in_the_next()
    {
        var a = Extract("Leaders talk\n\nTOKYO, March 3, 2024 (VNA) - Japan will keep its development assistance for railways, Prime Minister Kishida Fumio said at talks with Prime Minister Pham Minh Chinh in Tokyo on March 3.\n");
        Assert.Equal(["kishida-fumio", "pham-minh-chinh"], Participants(a));
        Assert.Equal(["kishida-fumio+pham-minh-chinh"], Met(a));
    }

    [Theory]
    [InlineData("Foreign Minister", "Minister of Foreign Affairs")]
    [InlineData("Deputy Minister of Foreign Affairs", "Deputy Foreign Minister")]
    public void One_ministry_written_two_ways_is_one_role(string first, string second)
    {
        var a = Extract($"Ministers meet\n\nHANOI, March 3, 2024 (VNA) - {first} Nguyen Minh Hang received Japanese Ambassador Ito Naoki in Hanoi on March 3.\n\n{second} Nguyen Minh Hang said the two sides would train more engineers.\n", emptyRegistry: true);
        Assert.Equal(first, Role(a, "nguyen-minh-hang"));
    }

    [Fact]
    public void A_title_before_a_name_joined_by_and_belongs_to_the_nearer_name_only()
    {
        var a = Extract("Gala in Hanoi\n\nHANOI, March 3, 2024 (VNA) - Deputy Prime Minister Le Van Dam and Korean Ambassador Choi Young-sam attended a gala in Hanoi on March 3.\n", emptyRegistry: true);
        var role = Role(a, "choi-young-sam");
        Assert.NotNull(role);
        Assert.Contains("Ambassador", role, StringComparison.Ordinal);
        Assert.DoesNotContain("Deputy", role, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_in_the_title_of_someone_who_did_not_take_part_is_not_a_topic()
    {
        var a = Extract("Condolences\n\nHANOI, March 3, 2024 (VNA) - Prime Minister Pham Minh Chinh wrote in the condolence book at the Japanese Embassy in Hanoi on March 3 and was received by Ambassador Yamada Takio.\n\nEarlier, National Assembly Chairman Vuong Dinh Hue sent a message of condolence to Prime Minister Kishida Fumio.\n");
        Assert.DoesNotContain("parliament", a.Topics);
    }

    [Fact]
    public void A_historical_figure_who_is_admired_is_mentioned_not_a_participant()
    {
        var a = Extract("Leaders meet in Hanoi\n\nHANOI (VNA) - Party General Secretary To Lam received Japanese Prime Minister Ishiba Shigeru in Hanoi on April 27, 2025.\n\nIshiba expressed his admiration for President Ho Chi Minh and said Japan values the partnership.\n");
        Assert.Equal(["ishiba-shigeru", "to-lam"], Participants(a));
        Assert.Null(Role(a, "ho-chi-minh"));
    }

    [Theory]
    [InlineData("Prime Minister Pham Minh Chinh sent his condolences to Japanese Prime Minister Kishida Fumio over the earthquake.")]
    [InlineData("Prime Minister Pham Minh Chinh congratulated Prime Minister Kishida Fumio on his election.")]
    [InlineData("Prime Minister Pham Minh Chinh conveyed greetings from Prime Minister Kishida Fumio to the workers.")]
    [InlineData("Prime Minister Pham Minh Chinh invited Prime Minister Kishida Fumio to visit Vietnam next year.")]
    public void Someone_condoled_congratulated_greeted_or_invited_for_later_did_not_take_part(string sentence)
    {
        var a = Extract($"Vietnam news\n\nHANOI, March 3, 2024 (VNA) - Prime Minister Pham Minh Chinh chaired a government meeting in Hanoi on March 3.\n\n{sentence}\n");
        Assert.Equal(["pham-minh-chinh"], Participants(a));
        Assert.Empty(a.Met);
    }

    [Fact]
    public void Members_of_one_delegation_do_not_meet_each_other()
    {
        var a = Extract("Party official visits Japan\n\nTOKYO, May 10, 2024 (VNA) - A delegation led by Politburo member Truong Thi Mai met President of the House of Councillors Otsuji Hidehisa and Chairman of the Japan-Vietnam Parliamentary Friendship Alliance Nikai Toshihiro in Tokyo on May 9.\n\nThe delegation also met Governor of Hokkaido Suzuki Naomichi.\n");
        Assert.Equal(["nikai-toshihiro+truong-thi-mai", "otsuji-hidehisa+truong-thi-mai", "suzuki-naomichi+truong-thi-mai"], Met(a));
    }

    [Fact]
    public void Two_names_in_one_sentence_without_a_meeting_are_not_a_meeting()
    {
        var a = Extract("Trade grows\n\nHANOI, June 2, 2024 (VNA) - Prime Minister Pham Minh Chinh said trade with Japan grew by ten percent.\n\nPrime Minister Kishida Fumio said in Tokyo that investment would rise.\n");
        Assert.Empty(a.Met);
    }

    [Fact]
    public void A_meeting_last_year_is_not_this_event()
    {
        var a = Extract("Minister speaks\n\nHANOI, June 2, 2024 (VNA) - Prime Minister Pham Minh Chinh recalled that he met Prime Minister Kishida Fumio last year in Tokyo, and said ties keep growing.\n");
        Assert.Empty(a.Met);
        // Not Tokyo, where the earlier meeting was; the dateline's city is where the report comes from.
        Assert.Equal("Hanoi", a.EventPlace);
    }

    [Theory]
    [InlineData("HANOI - Deputy Prime Minister Tran Hong Ha received Japanese Ambassador Ito Naoki on June 4, 2024.", "tran-hong-ha", "Deputy Prime Minister")]
    [InlineData("Hanoi (VNA) - NA Chairman Vuong Dinh Hue held talks with President of the House of Councillors of Japan Otsuji Hidehisa on June 4, 2024.", "vuong-dinh-hue", "Chairman of the National Assembly")]
    [InlineData("Hanoi (VNA) - NA Chairman Vuong Dinh Hue held talks with President of the House of Councillors of Japan Otsuji Hidehisa on June 4, 2024.", "otsuji-hidehisa", "President of the House of Councillors")]
    [InlineData("Hanoi (VNA) - Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son met Japanese Foreign Minister Kamikawa Yoko on June 4, 2024.", "bui-thanh-son", "Deputy Prime Minister and Minister of Foreign Affairs")]
    [InlineData("Hanoi (VNA) - Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son met Japanese Foreign Minister Kamikawa Yoko on June 4, 2024.", "kamikawa-yoko", "Foreign Minister")]
    public void A_role_is_complete_without_the_dateline_nationality_or_another_name(string lede, string id, string role)
    {
        var a = Extract($"Leaders of the two countries hold talks on cooperation\n\n{lede}\n\nBoth sides agreed to boost trade.\n");
        Assert.Equal(role, Role(a, id));
    }

    [Fact]
    public void The_alliance_and_the_prefecture_are_written_out_in_a_role()
    {
        var a = Extract("Visit\n\nTOKYO, May 10, 2024 (VNA) - Truong Thi Mai met Chairman of the Japan - Việt Nam Parliamentary Friendship Alliance Toshihiro Nikai and Tsutomu Takebe, Special Advisor to the alliance.\n\nShe also visited Hokkaido prefecture and met the prefecture's Governor Naomichi Suzuki.\n");
        Assert.Equal("Special Advisor to the Japan-Vietnam Parliamentary Friendship Alliance", Role(a, "takebe-tsutomu"));
        Assert.Equal("Governor of Hokkaido", Role(a, "suzuki-naomichi"));
    }

    [Fact]
    public void A_participant_without_a_role_in_the_text_gets_the_registry_office_at_the_date()
    {
        var a = Extract("Talks\n\nHANOI, June 2, 2022 (VNA) - Kishida Fumio held talks with Pham Minh Chinh in Hanoi on June 2.\n");
        Assert.Equal("Prime Minister", Role(a, "kishida-fumio"));
    }

    [Fact]
    public void With_an_empty_registry_roles_and_sides_come_from_the_text()
    {
        var a = Extract("Leaders hold talks\n\nSEOUL, Dec. 5 (Yonhap) -- South Korean President Yoon Suk Yeol held talks with Vietnamese President Vo Van Thuong in Seoul on Tuesday.\n\nYoon said the two countries would expand trade.\n\nThuong thanked Yoon for the warm welcome.\n", emptyRegistry: true);
        Assert.Equal(["vo-van-thuong", "yoon-suk-yeol"], Participants(a));
        Assert.Equal(["vo-van-thuong+yoon-suk-yeol"], Met(a));
        Assert.Equal("President", Role(a, "yoon-suk-yeol"));
        Assert.Equal("Seoul", a.EventPlace);
        Assert.Equal("Yonhap", a.Source.Publisher);
    }

    [Theory]
    [InlineData("HANOI (VNA) - Prime Minister Pham Minh Chinh held phone talks with Prime Minister Kishida Fumio on June 3, 2024.", "online")]
    [InlineData("HANOI (VNA) - Prime Minister Pham Minh Chinh held talks with Prime Minister Kishida Fumio in Tokyo on June 3, 2024.", "Tokyo")]
    [InlineData("VIETNAM, June 3, 2024 - TOKYO — Prime Minister Pham Minh Chinh held talks with Prime Minister Kishida Fumio.", "Tokyo")]
    [InlineData("Prime Minister Pham Minh Chinh and Prime Minister Kishida Fumio agreed in Tokyo on June 3, 2024 to hold joint drills.", "Tokyo")]
    [InlineData("Prime Minister Pham Minh Chinh welcomed Prime Minister Kishida Fumio on June 3, 2024, recalling their talks last November in Tokyo.", null)]
    [InlineData("Prime Minister Pham Minh Chinh congratulated Japan on the Osaka-Kansai Expo on June 3, 2024.", null)]
    [InlineData("President Vo Van Thuong's visit to Fukuoka prefecture on June 3, 2024 opened new cooperation.", null)]
    public void The_event_place_is_where_it_happened_not_every_place_named(string lede, string? place)
    {
        var a = Extract($"Leaders of the two countries hold talks on cooperation\n\n{lede}\n\nBoth sides agreed to boost trade.\n");
        Assert.Equal(place, a.EventPlace);
    }

    [Theory]
    [InlineData("HANOI (VNA) - Prime Minister Pham Minh Chinh met Prime Minister Kishida Fumio on June 3, 2024.", "VNA")]
    [InlineData("SEOUL, June 3, 2024 (Yonhap) -- Prime Minister Pham Minh Chinh met Prime Minister Kishida Fumio.", "Yonhap")]
    [InlineData("Prime Minister Pham Minh Chinh met Prime Minister Kishida Fumio on June 3, 2024. — VNA/VNS", "VNA")]
    public void The_publisher_comes_from_the_dateline_or_the_sign_off(string lede, string publisher)
    {
        var a = Extract($"Leaders of the two countries hold talks on cooperation\n\n{lede}\n\nhttps://example.org/news/talks.html\n");
        Assert.Equal(publisher, a.Source.Publisher);
        Assert.Equal("https://example.org/news/talks.html", a.Source.Url);
    }

    [Fact]
    public void Topics_are_ranked_by_the_lede_and_dedicated_sentences_and_match_inflected_keywords()
    {
        var a = Extract("Japan to take more Vietnamese interns\n\nHANOI, June 3, 2024 (VNA) - Japan will receive more Vietnamese technical interns next year, Minister Dao Ngoc Dung said on June 3.\n\nThe two sides discussed better conditions for interns and workers.\n\nThey also touched on trade, investment, tourism, health and education.\n");
        Assert.Equal("labour", a.Topics[0]);
        Assert.Equal(a.Topics.Count, a.TopicReasons.Count);
        Assert.DoesNotContain("health", a.Topics);
    }

    [Fact]
    public void A_courtesy_call_may_have_no_topic()
    {
        var a = Extract("Courtesy call\n\nHANOI, June 3, 2024 (VNA) - Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki, who paid a farewell call on June 3.\n");
        Assert.Empty(a.Topics);
    }

    [Fact]
    public void Front_matter_sets_participants_roles_met_event_place_and_source()
    {
        var a = Extract("---\ndate: 2024-06-03\npeople:\n  - {name: Pham Minh Chinh, role: \"Prime Minister of Vietnam\"}\n  - {name: Kishida Fumio, participant: false}\nmet: []\nevent_place: Osaka\nsource: {publisher: VGP, url: \"https://example.org/a\", published: 2024-06-04}\n---\nNews\n\nHANOI, June 3, 2024 (VNA) - Prime Minister Pham Minh Chinh held talks with Prime Minister Kishida Fumio in Hanoi.\n");
        Assert.Equal(["pham-minh-chinh"], Participants(a));
        Assert.Equal("Prime Minister of Vietnam", Role(a, "pham-minh-chinh"));
        Assert.Empty(a.Met);
        Assert.Equal("Osaka", a.EventPlace);
        Assert.Equal(new ArticleSource("VGP", "https://example.org/a", new DateOnly(2024, 6, 4)), a.Source);
    }

    [Fact]
    public void A_met_pair_naming_someone_not_in_the_article_is_a_positioned_error()
    {
        var outcome = Outcome("---\ndate: 2024-06-03\nmet:\n  - [kishida-fumio, nobody-known]\n---\nNews\n\nHANOI, June 3, 2024 (VNA) - Prime Minister Pham Minh Chinh held talks with Prime Minister Kishida Fumio in Hanoi.\n");
        var error = Assert.Single(outcome.Diagnostics, d => d.IsError);
        Assert.Equal(4, error.Line);
        Assert.Contains("'nobody-known'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("met: kishida-fumio", "must be a list of pairs")]
    [InlineData("met:\n  - [kishida-fumio]", "must be a pair of two people")]
    [InlineData("source: {url: \"ftp://example.org\"}", "is not a web address")]
    [InlineData("source: {published: yesterday}", "is not a date")]
    [InlineData("people:\n  - {name: Kishida Fumio, participant: maybe}", "must be true or false")]
    public void Bad_front_matter_values_are_positioned_errors(string yaml, string message)
    {
        var (_, _, _, problems) = FrontMatterParser.Split($"---\n{yaml}\n---\nText.\n", "seeds/case.txt");
        var error = Assert.Single(problems, p => p.IsError);
        Assert.True(error.Line >= 2, error.ToString());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_page_reads_back_with_the_new_fields()
    {
        var a = Extract("News\n\nHANOI, June 3, 2024 (VNA) - Prime Minister Pham Minh Chinh held talks with Prime Minister Kishida Fumio in Hanoi on June 3.\n\nBoth sides agreed to boost trade and investment.\n");
        var read = FrontMatterPage.Read(FrontMatterPage.Write(a), "content/x.md");
        Assert.Equal(Met(a), Met(read));
        Assert.Equal(a.EventPlace, read.EventPlace);
        Assert.Equal(a.Topics, read.Topics);
        Assert.Equal(a.TopicReasons, read.TopicReasons);
        Assert.Equal(a.Source, read.Source);
        Assert.Equal(a.People.Select(p => (p.Id, p.Participant, p.Role)), read.People.Select(p => (p.Id, p.Participant, p.Role)));
        Assert.Equal(a.SourcePath, read.SourcePath);
    }

    [Fact]
    public void Whoever_sends_the_message_an_article_reports_takes_part()
    {
        var a = Extract("Leader sends congratulations\n\nHANOI, March 3, 2024 (VNA) - State President Nguyen Van Tam on March 3 sent a message of congratulations to Tanaka Hiroshi on his election as Governor of Osaka.\n", emptyRegistry: true);
        Assert.Equal(["nguyen-van-tam"], Participants(a));
    }

    [Fact]
    public void Someone_named_as_the_one_impeached_or_ousted_did_not_take_part()
    {
        var a = Extract("Ministers meet\n\nSEOUL, March 3, 2024 (VNA) - Deputy Prime Minister Nguyen Van Tam held talks with Acting President Choi Min-ho in Seoul on March 3, weeks after the impeachment of Prime Minister Lee Jae-hoon.\n", emptyRegistry: true);
        Assert.DoesNotContain("lee-jae-hoon", Participants(a));
        Assert.Contains("choi-min-ho", Participants(a));
    }

    [Fact]
    public void A_Vietnamese_name_ending_in_a_syllable_spelt_like_an_organisation_word_is_found()
    {
        var a = Extract("Ministers meet\n\nHANOI, March 3, 2024 (VNA) - Deputy Prime Minister Tran Van Dam and Japanese Ambassador Sato Kenji discussed health cooperation in Hanoi on March 3.\n", emptyRegistry: true);
        Assert.Equal(["sato-kenji", "tran-van-dam"], Participants(a));
        Assert.Equal("Deputy Prime Minister", Role(a, "tran-van-dam"));
    }
}
