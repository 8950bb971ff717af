namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>
/// The words synthetic articles are made of, taken from the five real seeds. The neutral frames
/// hold no topic keyword and no place name, so the topics and places an article has are exactly
/// the ones the generator put in (the generator's tests check this against site-config.yml).
/// </summary>
internal static class Vocabulary
{
    // Vietnamese name parts with diacritics, as VNS writes them; the folded form is the Latin name.
    public static readonly string[] VietnameseFamilies =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Vương", "Lương", "Tô", "Đinh", "Cao", "Đoàn", "Trịnh", "Tạ", "Hà",
        "Chu", "Kiều",
    ];

    public static readonly string[] VietnameseMiddles =
    [
        "Văn", "Thị", "Đình", "Minh", "Xuân", "Thanh", "Phú", "Hồng", "Quốc", "Đức", "Ngọc", "Hữu", "Kim", "Bá", "Tiến",
    ];

    // No given name that is also an English word ("Long", "An") or a place ("Huế"): a short reference must be a name.
    public static readonly string[] VietnameseGivens =
    [
        "Huệ", "Chính", "Lâm", "Thưởng", "Sơn", "Trọng", "Phúc", "Cường", "Mẫn", "Hùng", "Dũng", "Hải", "Bình", "Lan",
        "Tuấn", "Thắng", "Quang", "Khánh", "Hiếu", "Thảo", "Nga", "Phương", "Trung", "Vượng", "Kiên", "Toàn", "Tâm",
        "Nhân", "Thịnh", "Định", "Duệ", "Giang", "Hạnh", "Khải", "Luận", "Nghĩa", "Quyết", "Thủy", "Uyên", "Vinh",
    ];

    /// <summary>Japanese family names with their kanji.</summary>
    public static readonly (string Latin, string Kanji)[] JapaneseFamilies =
    [
        ("Kishida", "岸田"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"), ("Watanabe", "渡辺"),
        ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"), ("Kobayashi", "小林"), ("Kato", "加藤"),
        ("Yoshida", "吉田"), ("Yamada", "山田"), ("Sasaki", "佐々木"), ("Yamaguchi", "山口"), ("Matsumoto", "松本"),
        ("Inoue", "井上"), ("Kimura", "木村"), ("Shimizu", "清水"), ("Ishiba", "石破"), ("Otsuji", "尾辻"),
        ("Nikai", "二階"), ("Takebe", "武部"), ("Motegi", "茂木"), ("Hamada", "浜田"), ("Kono", "河野"),
        ("Mori", "森"), ("Ikeda", "池田"), ("Hashimoto", "橋本"), ("Ishikawa", "石川"), ("Ogawa", "小川"),
        ("Okada", "岡田"), ("Fujita", "藤田"), ("Goto", "後藤"), ("Hasegawa", "長谷川"), ("Murakami", "村上"),
        ("Kondo", "近藤"), ("Ishii", "石井"), ("Saito", "斎藤"), ("Sakamoto", "坂本"), ("Endo", "遠藤"),
        ("Aoki", "青木"), ("Fujii", "藤井"), ("Nishimura", "西村"), ("Fukuda", "福田"), ("Ota", "太田"),
        ("Miura", "三浦"), ("Okamoto", "岡本"), ("Matsuda", "松田"), ("Nakagawa", "中川"), ("Nakano", "中野"),
        ("Harada", "原田"), ("Ono", "小野"), ("Tamura", "田村"), ("Takeuchi", "竹内"), ("Kaneko", "金子"),
        ("Wada", "和田"), ("Ishida", "石田"), ("Ueda", "上田"), ("Morita", "森田"), ("Hara", "原"),
    ];

    /// <summary>Japanese given names with their kanji.</summary>
    public static readonly (string Latin, string Kanji)[] JapaneseGivens =
    [
        ("Fumio", "文雄"), ("Shigeru", "茂"), ("Hidehisa", "秀久"), ("Toshihiro", "俊博"), ("Tsutomu", "勤"),
        ("Naomichi", "直道"), ("Shinzo", "晋三"), ("Yoshihide", "義偉"), ("Yoko", "陽子"), ("Takeshi", "毅"),
        ("Taro", "太郎"), ("Hiroshi", "博"), ("Kenji", "健二"), ("Yuko", "裕子"), ("Akira", "明"),
        ("Makoto", "誠"), ("Satoshi", "聡"), ("Kazuo", "和夫"), ("Masahiro", "正弘"), ("Haruka", "遥"),
        ("Keiko", "恵子"), ("Daisuke", "大輔"), ("Ryota", "涼太"), ("Yoshimasa", "芳正"), ("Sanae", "早苗"),
        ("Ichiro", "一郎"), ("Jiro", "次郎"), ("Koji", "浩二"), ("Nobuo", "信夫"), ("Tetsuya", "哲也"),
        ("Yuki", "由紀"), ("Naoko", "直子"), ("Kenta", "健太"), ("Shota", "翔太"), ("Mariko", "真理子"),
        ("Tomoko", "智子"), ("Hideo", "英夫"), ("Masao", "正夫"), ("Toru", "徹"), ("Osamu", "修"),
    ];

    // Titles said before a name. None holds a topic keyword ("National Assembly", "Trade", "Security"…).
    public static readonly string[] VietnameseTitles =
    [
        "Prime Minister", "Deputy Prime Minister", "President", "Vice President", "Minister of Foreign Affairs",
        "Deputy Foreign Minister", "Party General Secretary", "Politburo member", "Ambassador to Japan",
        "Permanent Deputy Prime Minister", "Minister of Finance",
    ];

    public static readonly string[] JapaneseTitles =
    [
        "Prime Minister", "Minister for Foreign Affairs", "State Minister for Foreign Affairs", "Chief Cabinet Secretary",
        "Ambassador to Vietnam", "Secretary-General of the Liberal Democratic Party", "Special Advisor to the Prime Minister",
        "Minister of Finance", "Governor",
    ];

    public static readonly string[] Places =
    [
        "Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho", "Quang Ninh", "Tokyo", "Osaka", "Kyoto",
        "Yokohama", "Nagoya", "Kobe", "Hiroshima", "Fukuoka", "Sapporo", "Hokkaido", "Kyushu", "Okinawa",
    ];

    public static readonly string[] NavigationItems =
    [
        "WORDS ON THE STREET", "70th anniversary of Hanoi's Liberation Day", "Vietnam - Asia 2023 Smart City Summit",
        "Hanoi celebrates 15 years of administrative boundary adjustment", "12th Vietnam-France decentrialized cooperation conference",
        "31st Sea Games - Vietnam 2021", "Covid-19 Pandemic", "NATIONAL", "POLITICS", "BUSINESS", "Home", "Latest",
    ];

    public static readonly string[] PhotoWords =
    [
        "tong-bi-thu", "thu-tuong", "chu-tich-nuoc", "pho-thu-tuong", "bo-truong", "tiep", "hoi-dam", "gap", "don",
    ];

    // {V}: the Vietnamese host by short reference; {J}: the Japanese guest by short reference.
    public static readonly string[] NeutralFrames =
    [
        "{V} highlighted the significance of the visit and said Vietnam supports the strengthening of Vietnam-Japan relations through the Party, Government and people channels.",
        "{V} affirmed that Vietnam values Japan's position, prestige and voice on the global and regional stage.",
        "{J} said Japan regards Vietnam as an important partner and wishes to deepen the bilateral relations for the common interests of the two peoples.",
        "Both sides shared the view that the relations have developed strongly and practically in all spheres, with high political trust.",
        "The two sides agreed to step up the exchange of delegations, especially those at high level, and to enhance consultations and coordination at multilateral forums such as the United Nations, ASEAN and APEC.",
        "{J} expressed delight at returning to Vietnam and thanked the Vietnamese side for the warm and respectful reception.",
        "The host committed all possible support for the Japanese side, while the guest reaffirmed the commitment to continuing support for Vietnam's development.",
        "{V} proposed that both sides strengthen strategic connectivity between the two economies and implement the agreements reached by the two governments.",
        "They should put forth orientations for cooperation in specific fields and maintain annual high-level exchanges and contacts in many flexible forms.",
        "{J} congratulated Vietnam on its socio-economic development achievements and applauded the country's strategy for a new era.",
        "The two sides also discussed regional and global issues of mutual interest and agreed to strengthen coordination at regional and international forums.",
        "Both countries reaffirmed the necessity to comply with international law and the UN charter, and to settle disputes by peaceful means.",
        "{V} took the occasion to invite {J} to visit Vietnam again in the near future, and the invitation was accepted with pleasure.",
        "Later the same day, {V} hosted a banquet for the guests and their entourage.",
        "{J} described Vietnam as a top priority and an indispensable partner, underlining the continued support for Vietnam's efforts in building an independent and self-reliant economy.",
        "These efforts, in turn, are expected to open a new chapter in Vietnam-Japan relations.",
        "The official expressed the belief that the visit will create new momentum for cooperation between the two countries.",
        "{V} outlined Vietnam's development goals and its strategy for economic reform aimed at achieving rapid and sustainable growth.",
        "The guest affirmed that Japan will closely work with Vietnam to elevate the partnership to a new level.",
        "Both sides agreed to soon establish a cooperation mechanism with the signing of an agreement, which will serve as a foundation to strengthen collaboration in various areas.",
        "{V} reaffirmed Vietnam's consistent foreign policy of independence, self-reliance, peace, cooperation, development, diversification and multilateralisation.",
        "The hosts affirmed that Vietnam was an important partner of Japan and agreed with the measures proposed by the Japanese side.",
    ];

    // {K}: a keyword of one of the article's topics.
    public static readonly string[] TopicFrames =
    [
        "Both sides agreed to deepen cooperation in {K}.",
        "{V} proposed that the two countries further expand collaboration on {K}.",
        "{J} pledged continued support for Vietnam in {K}, calling it a pillar of the partnership.",
        "The two sides discussed concrete measures for {K} in the coming period.",
        "Japan is ready to share its experience in {K}, {J} said.",
        "{V} hoped that Japan would continue supporting Vietnam in {K} in the years ahead.",
    ];

    public static readonly string[] Subheadings =
    [
        "Support an independent and self-sufficient Vietnam", "Shared view on regional and global issues",
        "Opening up new chapter for Vietnam-Japan relations", "Signing new cooperation agreements",
        "Deepening political trust", "Towards a new height",
    ];

    public static readonly string[] Standfirsts =
    [
        "The two countries are looking to take their partnership to a new height in the spirit of sincerity, affection, trust, substantiality, and efficiency.",
        "The visit will open a new chapter in the partnership between the two nations, the host affirmed.",
        "The talks reflected the high political trust and maturity of the Vietnam-Japan relations.",
        "Both sides agreed on steps to further the partnership in the coming period.",
    ];

    public static readonly string[] Counts = ["five", "seven", "nine", "twelve", "21", "over 30"];
}
