using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Places;

/// <summary>
/// The places articles about Vietnam and Japan name: Vietnam's provinces and cities, Japan's prefectures,
/// cities and regions, and the world's major cities. Countries are not places here (every article names
/// both). Each entry: canonical name, then other spellings after '|', then its parent region after '&gt;'.
/// </summary>
public sealed class PlaceGazetteer
{
    private static readonly string[] Entries =
    [
        // Vietnam: centrally run cities and provinces, then cities and sites often named in the news.
        "Hanoi|Ha Noi", "Ho Chi Minh City|HCM City|HCMC|Saigon|Sai Gon|Thanh pho Ho Chi Minh", "Da Nang|Danang",
        "Hai Phong|Haiphong", "Can Tho", "Hue|Thua Thien Hue|Thua Thien-Hue",
        "An Giang", "Ba Ria-Vung Tau|Ba Ria - Vung Tau", "Bac Giang", "Bac Kan", "Bac Lieu", "Bac Ninh", "Ben Tre",
        "Binh Dinh", "Binh Duong", "Binh Phuoc", "Binh Thuan", "Ca Mau", "Cao Bang", "Dak Lak|Daklak|Dac Lac",
        "Dak Nong", "Dien Bien", "Dong Nai", "Dong Thap", "Gia Lai", "Ha Giang", "Ha Nam", "Ha Tinh", "Hai Duong",
        "Hau Giang", "Hoa Binh", "Hung Yen", "Khanh Hoa", "Kien Giang", "Kon Tum", "Lai Chau", "Lam Dong",
        "Lang Son", "Lao Cai", "Long An", "Nam Dinh", "Nghe An", "Ninh Binh", "Ninh Thuan", "Phu Tho", "Phu Yen",
        "Quang Binh", "Quang Nam", "Quang Ngai", "Quang Ninh", "Quang Tri", "Soc Trang", "Son La", "Tay Ninh",
        "Thai Binh", "Thai Nguyen", "Thanh Hoa", "Tien Giang", "Tra Vinh", "Tuyen Quang", "Vinh Long", "Vinh Phuc",
        "Yen Bai", "Ha Long|Halong>Quang Ninh", "Nha Trang>Khanh Hoa", "Vung Tau>Ba Ria-Vung Tau",
        "Hoi An>Quang Nam", "Da Lat|Dalat>Lam Dong", "Phu Quoc>Kien Giang", "Quy Nhon>Binh Dinh", "Vinh>Nghe An",
        "Buon Ma Thuot>Dak Lak", "Pleiku>Gia Lai", "Cam Ranh>Khanh Hoa", "Dung Quat>Quang Ngai", "Noi Bai>Hanoi",
        "Tan Son Nhat>Ho Chi Minh City", "Long Thanh>Dong Nai", "Cat Ba>Hai Phong", "Mekong Delta", "Red River Delta",
        "Central Highlands", "Tay Nguyen",
        // Japan: regions, prefectures, then cities.
        "Hokkaido", "Tohoku", "Kanto", "Chubu", "Kansai|Kinki", "Chugoku", "Shikoku", "Kyushu", "Okinawa",
        "Aomori>Tohoku", "Iwate>Tohoku", "Miyagi>Tohoku", "Akita>Tohoku", "Yamagata>Tohoku", "Fukushima>Tohoku",
        "Ibaraki>Kanto", "Tochigi>Kanto", "Gunma>Kanto", "Saitama>Kanto", "Chiba>Kanto", "Tokyo>Kanto",
        "Kanagawa>Kanto", "Niigata>Chubu", "Toyama>Chubu", "Ishikawa>Chubu", "Fukui>Chubu", "Yamanashi>Chubu",
        "Nagano>Chubu", "Gifu>Chubu", "Shizuoka>Chubu", "Aichi>Chubu", "Mie>Kansai", "Shiga>Kansai",
        "Kyoto>Kansai", "Osaka>Kansai", "Hyogo>Kansai", "Nara>Kansai", "Wakayama>Kansai", "Tottori>Chugoku",
        "Shimane>Chugoku", "Okayama>Chugoku", "Hiroshima>Chugoku", "Yamaguchi>Chugoku", "Tokushima>Shikoku",
        "Kagawa>Shikoku", "Ehime>Shikoku", "Kochi>Shikoku", "Fukuoka>Kyushu", "Saga>Kyushu", "Nagasaki>Kyushu",
        "Kumamoto>Kyushu", "Oita>Kyushu", "Miyazaki>Kyushu", "Kagoshima>Kyushu", "Sapporo>Hokkaido",
        "Yokohama>Kanagawa", "Kawasaki>Kanagawa", "Kobe>Hyogo", "Nagoya>Aichi", "Sendai>Miyagi",
        "Kitakyushu>Fukuoka", "Sakai>Osaka", "Hamamatsu>Shizuoka", "Naha>Okinawa", "Kanazawa>Ishikawa",
        "Hakodate>Hokkaido", "Nikko>Tochigi", "Kamakura>Kanagawa", "Narita>Chiba", "Haneda>Tokyo",
        "Fujisawa>Kanagawa", "Gunma", "Ise-Shima|Ise Shima>Mie", "Kansai International Airport>Osaka",
        // The world's capitals and cities that diplomatic news about Vietnam and Japan often names.
        "Beijing", "Shanghai", "Seoul", "Busan", "Pyongyang", "Taipei", "Hong Kong", "Bangkok", "Vientiane",
        "Phnom Penh", "Kuala Lumpur", "Jakarta", "Manila", "Yangon", "Naypyidaw|Nay Pyi Taw", "Bandar Seri Begawan",
        "New Delhi", "Mumbai", "Canberra", "Sydney", "Melbourne", "Wellington", "Washington|Washington D.C.|Washington DC",
        "New York", "San Francisco", "Los Angeles", "Ottawa", "London", "Paris", "Berlin", "Brussels", "Geneva",
        "Moscow", "Kyiv|Kiev", "Rome", "Madrid", "Vienna", "Stockholm", "Davos", "Dubai", "Abu Dhabi", "Riyadh",
    ];

    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parentOf = new(StringComparer.Ordinal);

    private readonly PhraseWords _words = new();

    public PlaceGazetteer()
    {
        foreach (var entry in Entries)
        {
            var (names, parent) = entry.Split('>') is [var n, var p] ? (n, p) : (entry, null);
            var spellings = names.Split('|');
            var canonical = spellings[0];
            foreach (var spelling in spellings)
            {
                var key = Key(WordToken.Split(spelling).Select(t => t.Text));
                _canonicalByKey.TryAdd(key, canonical);
                _words.Add(key);
                MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
            }

            if (parent is not null)
            {
                _parentOf[canonical] = parent;
            }
        }
    }

    /// <summary>One shared instance: the list is fixed, and building it once keeps ingestion linear.</summary>
    public static PlaceGazetteer Default { get; } = new();

    public int MaxWords { get; }

    /// <summary>The canonical name of the place spelled by tokens [from, to), in order.</summary>
    public string? Find(List<WordToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!_words.ContainsAll(tokens, from, to))
        {
            return null;
        }

        return _canonicalByKey.TryGetValue(WordToken.JoinKeys(tokens, from, to), out var canonical) ? canonical : null;
    }

    /// <summary>The canonical name of the place spelled by <paramref name="words"/>, in order.</summary>
    public string? Find(IEnumerable<string> words) =>
        _canonicalByKey.TryGetValue(Key(words), out var canonical) ? canonical : null;

    /// <summary>True when <paramref name="region"/> contains <paramref name="place"/> (directly or further up).</summary>
    public bool Contains(string region, string place)
    {
        for (var current = place; _parentOf.TryGetValue(current, out var parent); current = parent)
        {
            if (parent == region)
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(WordToken.FoldKey));
}
