using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Countries;

/// <summary>
/// The two countries a chronicle follows: `anniversary.countries` when the configuration names them, else the two
/// country names its title or anniversary title puts side by side ("Japan–Philippines: A Chronicle"). Empty when
/// neither says; extraction then assumes Vietnam and one partner, as the first chronicle does.
/// </summary>
public sealed class Relationship
{
    private Relationship(IReadOnlyList<string> countries) => Countries = countries;

    /// <summary>Zero or two countries, in the site's spelling.</summary>
    public IReadOnlyList<string> Countries { get; }

    public static Relationship From(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var configured = config.Anniversary.Countries.Select(c => CountryNames.Normal(c) ?? c.Trim()).ToList();
        if (configured.Count == 2)
        {
            return new Relationship(configured);
        }

        foreach (var title in new[] { config.Anniversary.Title, config.Title })
        {
            var named = CountriesIn(title ?? "");
            if (named.Count == 2)
            {
                return new Relationship(named);
            }
        }

        return new Relationship([]);
    }

    /// <summary>
    /// The side a person is on for who-met-whom: their country when it is one of the two or a third; a person of no
    /// known country is on the side of the two that nobody else in the article is shown to be from. With no
    /// configured pair, Vietnam and everyone else, as the first chronicle needs.
    /// </summary>
    public Func<string, string?> SideOf(IReadOnlyDictionary<string, string> countryOf, string unknown)
    {
        ArgumentNullException.ThrowIfNull(countryOf);
        if (Countries.Count != 2)
        {
            return id => countryOf.TryGetValue(id, out var side) ? (side == "Vietnam" ? side : "partner") : null;
        }

        var shown = countryOf.Values.Where(c => c != unknown).ToHashSet(StringComparer.Ordinal);
        var a = Countries[0];
        var b = Countries[1];
        string? rest = (shown.Contains(a), shown.Contains(b)) switch
        {
            (true, false) => b,
            (false, true) => a,
            // Vietnam's people are known by their names' shape, so the unmarked ones are its partner's.
            (true, true) when a == "Vietnam" => b,
            (true, true) when b == "Vietnam" => a,
            _ => null,
        };
        return id => countryOf.TryGetValue(id, out var side) ? (side == unknown ? rest : side) : null;
    }

    /// <summary>The countries a title names, in its order ("Japan–Philippines" → Japan, Philippines), each once.</summary>
    private static List<string> CountriesIn(string title)
    {
        var hits = new List<(int At, string Country)>();
        foreach (var (country, words) in CountryNames.All)
        {
            foreach (var word in words.Append(country).Where(w => w.Length > 3 || w.All(char.IsUpper)))
            {
                var at = WholeWord(title, word);
                if (at >= 0)
                {
                    hits.Add((at, country));
                }
            }
        }

        return [.. hits.OrderBy(h => h.At).Select(h => h.Country).Distinct(StringComparer.Ordinal)];
    }

    private static int WholeWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
