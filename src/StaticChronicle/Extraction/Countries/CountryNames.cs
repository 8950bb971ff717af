namespace StaticChronicle.Extraction.Countries;

/// <summary>
/// The countries an article's people may serve, each with the words that name it in front of a title ("Philippine
/// President", "Japan's Foreign Minister", "the Australian Ambassador"). One table, so a new chronicle's partner is
/// recognised by the side finder, the role cleaner and the relationship reader alike.
/// </summary>
public static class CountryNames
{
    /// <summary>Each country's name as the site shows it, with its other names and adjectives (lowercase not required).</summary>
    public static readonly IReadOnlyList<(string Country, string[] Words)> All =
    [
        ("Vietnam", ["Vietnamese", "Viet Nam", "Việt Nam"]),
        ("Japan", ["Japanese"]),
        ("Korea", ["Korean", "South Korea", "South Korean", "Republic of Korea", "ROK"]),
        ("China", ["Chinese"]),
        ("United States", ["American", "US", "U.S.", "United States of America"]),
        ("Laos", ["Lao", "Laotian"]),
        ("Cambodia", ["Cambodian"]),
        ("Thailand", ["Thai"]),
        ("India", ["Indian"]),
        ("Australia", ["Australian"]),
        ("France", ["French"]),
        ("Germany", ["German"]),
        ("United Kingdom", ["British", "UK", "U.K.", "Britain"]),
        ("Russia", ["Russian"]),
        ("Philippines", ["Philippine", "Filipino", "the Philippines"]),
        ("Indonesia", ["Indonesian"]),
        ("Malaysia", ["Malaysian"]),
        ("Singapore", ["Singaporean"]),
        ("Myanmar", ["Burmese"]),
        ("Brunei", ["Bruneian"]),
        ("Timor-Leste", ["Timorese", "East Timor"]),
        ("Mongolia", ["Mongolian"]),
        ("Taiwan", ["Taiwanese"]),
        ("New Zealand", ["New Zealander"]),
        ("Canada", ["Canadian"]),
        ("Mexico", ["Mexican"]),
        ("Brazil", ["Brazilian"]),
        ("Argentina", ["Argentine", "Argentinian"]),
        ("Chile", ["Chilean"]),
        ("Peru", ["Peruvian"]),
        ("Cuba", ["Cuban"]),
        ("Italy", ["Italian"]),
        ("Spain", ["Spanish"]),
        ("Portugal", ["Portuguese"]),
        ("Netherlands", ["Dutch", "the Netherlands"]),
        ("Belgium", ["Belgian"]),
        ("Switzerland", ["Swiss"]),
        ("Austria", ["Austrian"]),
        ("Sweden", ["Swedish"]),
        ("Norway", ["Norwegian"]),
        ("Denmark", ["Danish"]),
        ("Finland", ["Finnish"]),
        ("Poland", ["Polish"]),
        ("Czech Republic", ["Czech", "Czechia"]),
        ("Hungary", ["Hungarian"]),
        ("Ukraine", ["Ukrainian"]),
        ("Turkey", ["Turkish", "Türkiye"]),
        ("Israel", ["Israeli"]),
        ("Saudi Arabia", ["Saudi"]),
        ("United Arab Emirates", ["Emirati", "UAE"]),
        ("Egypt", ["Egyptian"]),
        ("South Africa", ["South African"]),
        ("Nigeria", ["Nigerian"]),
        ("Kenya", ["Kenyan"]),
        ("Pakistan", ["Pakistani"]),
        ("Bangladesh", ["Bangladeshi"]),
        ("Sri Lanka", ["Sri Lankan"]),
        ("Kazakhstan", ["Kazakh"]),
        ("Iran", ["Iranian"]),
        ("Ireland", ["Irish"]),
        ("Greece", ["Greek"]),
    ];

    /// <summary>Every word that can stand before a title for a country, lowercase, with the forms "X's" and "of X", longest first.</summary>
    public static readonly IReadOnlyList<(string Word, string Country)> TitleWords = BuildTitleWords();

    // Names of more than one word, as written ("New Zealand", "South Korean"): their first word is often a common one.
    private static readonly string[] MultiWordNames =
        [.. All.SelectMany(c => c.Words.Append(c.Country)).Where(w => w.Contains(' ', StringComparison.Ordinal) && char.IsUpper(w[0])).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="text"/> begins with a country name of more than one word ("New Zealand Trade Minister").</summary>
    public static bool StartsWithMultiWordName(ReadOnlySpan<char> text)
    {
        foreach (var name in MultiWordNames)
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetter(text[name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The site's spelling of a country named by any of its words, or null.</summary>
    public static string? Normal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        foreach (var (country, words) in All)
        {
            if (string.Equals(country, key, StringComparison.OrdinalIgnoreCase) || words.Any(w => string.Equals(w, key, StringComparison.OrdinalIgnoreCase)))
            {
                return country;
            }
        }

        return null;
    }

    private static List<(string Word, string Country)> BuildTitleWords()
    {
        var words = new List<(string Word, string Country)>();
        foreach (var (country, others) in All)
        {
            foreach (var name in others.Append(country))
            {
                var lower = name.ToLowerInvariant();
                // The possessive and "of" forms of an adjective ("japanese's") never occur, so they cost nothing.
                words.Add((lower, country));
                words.Add((lower.EndsWith('s') ? lower + "'" : lower + "'s", country));
                words.Add(("of " + lower, country));
            }
        }

        return [.. words.DistinctBy(w => w.Word).OrderByDescending(w => w.Word.Length)];
    }
}
