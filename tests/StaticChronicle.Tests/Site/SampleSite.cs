using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Site;

/// <summary>
/// Hand-made articles shaped like the five repository seeds (facts from ../shared/gold/seeds.yml), so the
/// site stages are tested without depending on extraction.
/// </summary>
internal static class SampleSite
{
    public static SiteConfig Config(string? output = null, string baseUrl = "https://example.github.io/chronicle/")
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);
        return new ConfigOverrides(OutputDirectory: output, BaseUrl: new Uri(baseUrl)).ApplyTo(config);
    }

    public static PersonMention Person(string id, string name, string evidence, params string[] roles) =>
        new(id, name, Registered: true, roles, evidence) { Role = roles.FirstOrDefault() };

    public static IReadOnlyList<Article> Articles { get; } =
    [
        new Article
        {
            SourcePath = "seeds/002_cdcabd6514bec1ba.txt",
            Slug = "2022-05-01-vietnam-japan-reaches-new-progress-in-strategic-cooperation",
            Title = "Vietnam, Japan reaches new progress in strategic cooperation",
            Date = new DateOnly(2022, 5, 1),
            DateKind = DateKind.Stated,
            DateEvidence = "dateline 'May 01, 2022 / 16:29'",
            People =
            [
                Person("pham-minh-chinh", "Pham Minh Chinh", "Prime Minister Pham Minh Chinh and his Japanese counterpart Kishida Fumio held talks.", "Prime Minister"),
                Person("kishida-fumio", "Kishida Fumio", "Prime Minister Pham Minh Chinh and his Japanese counterpart Kishida Fumio held talks.", "Prime Minister"),
            ],
            Met = [MetPair.Of("pham-minh-chinh", "kishida-fumio", "Pham Minh Chinh and Kishida Fumio held talks.")],
            Places = ["Tokyo"],
            Topics = ["infrastructure", "trade-investment"],
            Summary = "The two countries agree on steps to further the strategic partnership, including strategic infrastructure.",
            Body = "Vietnam and Japan have reached an agreement on steps to further the strategic partnership.\n\nThe two sides will mark the *50th anniversary* of diplomatic ties in 2023.",
            MentionsFiftiethAnniversary = true,
        },
        new Article
        {
            SourcePath = "seeds/001_d6b113bde8169893.txt",
            Slug = "2022-09-12-viet-nam-treasures-relations-with-japan-party-official",
            Title = "Việt Nam treasures relations with Japan: Party official",
            Date = new DateOnly(2022, 9, 12),
            DateKind = DateKind.Stated,
            DateEvidence = "header ' date 2022-09-12 Submit Release'",
            People =
            [
                Person("truong-thi-mai", "Truong Thi Mai", "A delegation led by Trương Thị Mai paid a working visit to Japan.", "Politburo member"),
                Person("otsuji-hidehisa", "Otsuji Hidehisa", "Mai met with President of the House of Councillors Hidehisa Otsuji.", "President of the House of Councillors"),
                Person("nikai-toshihiro", "Nikai Toshihiro", "Mai met Chairman of the alliance Toshihiro Nikai."),
                Person("takebe-tsutomu", "Takebe Tsutomu", "Tsutomu Takebe, Special Advisor to the alliance."),
                Person("suzuki-naomichi", "Suzuki Naomichi", "Mai met the prefecture's Governor Naomichi Suzuki.", "Governor"),
            ],
            Met =
            [
                MetPair.Of("truong-thi-mai", "otsuji-hidehisa", "Mai met with Otsuji."),
                MetPair.Of("truong-thi-mai", "nikai-toshihiro", "Mai met Nikai."),
                MetPair.Of("truong-thi-mai", "suzuki-naomichi", "Mai met Suzuki."),
            ],
            Places = ["Tokyo", "Hokkaido", "Sapporo"],
            EventPlace = "Tokyo",
            Topics = ["labour", "culture"],
            Summary = "A CPV delegation led by Trương Thị Mai visits Japan from September 9 to 12.",
            Body = "A delegation of the Communist Party of Việt Nam led by Trương Thị Mai paid a working visit to Japan.",
            MentionsFiftiethAnniversary = true,
        },
        new Article
        {
            SourcePath = "seeds/000_379252d13383a7a7.txt",
            Slug = "2023-09-05-na-chairman-hue-holds-talks-with-otsuji-hidehisa",
            Title = "NA Chairman Hue holds talks with Otsuji Hidehisa",
            TitleGenerated = true,
            Date = new DateOnly(2023, 9, 5),
            DateKind = DateKind.Inferred,
            DateEvidence = "'held talks in Hanoi on September 5' has no year; '50th anniversary of the Vietnam-Japan diplomatic ties' gives 2023",
            People =
            [
                Person("vuong-dinh-hue", "Vuong Dinh Hue", "National Assembly Chairman Vuong Dinh Hue held talks in Hanoi.", "Chairman of the National Assembly"),
                Person("otsuji-hidehisa", "Otsuji Hidehisa", "President of the House of Councillors of Japan Otsuji Hidehisa held talks in Hanoi.", "President of the House of Councillors"),
            ],
            Met = [MetPair.Of("vuong-dinh-hue", "otsuji-hidehisa", "Hue and Otsuji held talks.")],
            Places = ["Hanoi"],
            EventPlace = "Hanoi",
            Source = new ArticleSource("VNA", "https://en.vietnamplus.vn/example-talks-post.vnp", new DateOnly(2023, 9, 5)),
            Topics = ["parliament"],
            Summary = "The two parliamentary leaders hold talks in Hanoi on the 50th anniversary of diplomatic ties.",
            Body = "National Assembly Chairman Vuong Dinh Hue and President of the House of Councillors of Japan Otsuji Hidehisa held talks in Hanoi.",
            MentionsFiftiethAnniversary = true,
        },
        new Article
        {
            SourcePath = "seeds/004_5ba58d962325ecdc.txt",
            Slug = "2023-12-01-the-upgrade-reflects-the-high-political-trust",
            Title = "The upgrade reflects the high political trust",
            TitleGenerated = true,
            Date = new DateOnly(2023, 12, 1),
            DateKind = DateKind.Stated,
            DateEvidence = "header ' date 2023-12-01'",
            People =
            [
                Person("vo-van-thuong", "Vo Van Thuong", "President Thuong and Prime Minister Kishida Fumio had an in-depth discussion.", "President"),
                Person("kishida-fumio", "Kishida Fumio", "President Thuong and Prime Minister Kishida Fumio had an in-depth discussion.", "Prime Minister"),
            ],
            Met = [MetPair.Of("vo-van-thuong", "kishida-fumio", "Thuong and Kishida had an in-depth discussion.")],
            Places = ["Fukuoka", "Kyushu"],
            Topics = ["oda", "green-transition", "trade-investment"],
            Summary = "The comprehensive strategic partnership opens a new period of cooperation.",
            Body = "The upgrade to a Comprehensive Strategic Partnership reflects the high political trust.",
        },
        new Article
        {
            SourcePath = "seeds/003_62e416038ac3cd85.txt",
            Slug = "2025-04-27-party-chief-receives-japanese-pm-in-hanoi",
            Title = "Party chief receives Japanese PM in Hanoi",
            Date = new DateOnly(2025, 4, 27),
            DateKind = DateKind.Inferred,
            DateEvidence = "'in Hanoi on April 27' has no year; 'Osaka-Kansai Expo 2025' gives 2025",
            People =
            [
                Person("to-lam", "To Lam", "Party General Secretary To Lam gave a reception in Hanoi.", "Party General Secretary"),
                Person("ishiba-shigeru", "Ishiba Shigeru", "Visiting Japanese Prime Minister Ishiba Shigeru.", "Prime Minister"),
                Person("ho-chi-minh", "Ho Chi Minh", "Ishiba laid a wreath at President Ho Chi Minh's Mausoleum.") with { Participant = false },
            ],
            Met = [MetPair.Of("to-lam", "ishiba-shigeru", "To Lam gave a reception for Ishiba.")],
            Places = ["Hanoi", "Osaka"],
            EventPlace = "Hanoi",
            Topics = ["trade-investment", "semiconductors"],
            Summary = "To Lam says the visit opens a new chapter in the comprehensive strategic partnership.",
            Body = "Party General Secretary To Lam gave a reception in Hanoi on April 27 for visiting Japanese Prime Minister Ishiba Shigeru.",
        },
    ];
}
