using StaticChronicle.Content;
using StaticChronicle.Extraction.Countries;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Meetings;

/// <summary>
/// Which side of a bilateral event a person is on: the registry's country; else a nationality in the words just
/// before their name ("Japanese President of …", "his Korean counterpart", "Vietnam's Ambassador"); else the shape
/// of the name (a Vietnamese or Korean family name); else the other side of Vietnam's.
/// </summary>
public static class PersonSides
{
    public const string Vietnam = "Vietnam";
    public const string Other = "Other";

    private static readonly HashSet<string> KoreanFamilyNames = new(StringComparer.Ordinal)
    {
        "kim", "lee", "park", "choi", "yoon", "moon", "cho", "chung", "jung", "kang", "yoo", "ban", "lim", "hwang",
        "shin", "oh", "seo", "kwon", "ahn", "jang", "hong", "yang", "chang", "ko", "baek", "roh", "chun", "noh", "yun",
        "jeon", "son", "han", "woo", "nam", "ryu", "bae", "heo", "min", "koo",
    };

    /// <summary>Each person's side, by id.</summary>
    /// <param name="countryOf">The registry's country for a person id, or null.</param>
    public static Dictionary<string, string> Find(IReadOnlyList<string> texts, IReadOnlyList<PersonMention> people, IReadOnlyList<PersonSpan> spans, Func<string, string?> countryOf)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(countryOf);
        var sides = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = new SpanIndex(spans);
        foreach (var person in people)
        {
            sides[person.Id] = Side(texts, person, spans, index, countryOf(person.Id));
        }

        return sides;
    }

    private static string Side(IReadOnlyList<string> texts, PersonMention person, IReadOnlyList<PersonSpan> spans, SpanIndex index, string? country)
    {
        if (!string.IsNullOrWhiteSpace(country))
        {
            return Normal(country);
        }

        foreach (var span in spans.Where(s => s.PersonId == person.Id))
        {
            var text = texts[span.TextIndex];
            var floor = index.LastEndAtOrBefore(span.TextIndex, span.RoleStart);
            var before = text[WordsBack(text, Math.Min(span.RoleStart, span.Start), floor)..span.Start].ToLowerInvariant().Replace('’', '\'');
            var hit = LastCountryWord(before);
            if (hit is not null)
            {
                return hit;
            }
        }

        var words = WordToken.Split(person.Name).Select(w => w.Key).ToList();
        if (words.Count >= 2 && KoreanFamilyNames.Contains(words[0]) && !NameShape.IsVietnameseName(words))
        {
            return "Korea";
        }

        if (NameShape.IsVietnameseName(words) || (words.Count >= 2 && NameShape.IsVietnameseName([.. words.Skip(words.Count - 1), .. words.Take(words.Count - 1)])))
        {
            return Vietnam;
        }

        return Other;
    }

    /// <summary>Up to three words before <paramref name="at"/> ("his Japanese counterpart"), not past punctuation or another name.</summary>
    private static int WordsBack(string text, int at, int floor)
    {
        var from = at;
        var words = 0;
        var i = at - 1;
        while (i >= floor && words < 3)
        {
            while (i >= floor && text[i] == ' ')
            {
                i--;
            }

            if (i < floor || !(char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                break;
            }

            while (i >= floor && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i--;
            }

            from = i + 1;
            words++;
        }

        return from;
    }

    private static string Normal(string country) => CountryNames.Normal(country) ?? country;

    // Every country word by its text, for looking the few words before a name up instead of searching them for each.
    private static readonly Dictionary<string, string> CountryByWord =
        CountryNames.TitleWords.GroupBy(w => w.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);

    private static readonly char[] PhraseEndPunctuation = [',', '.', ';', ':'];

    private static readonly int LongestCountryWords = CountryNames.TitleWords.Max(w => w.Word.Count(c => c == ' ') + 1);

    /// <summary>
    /// The country named last in <paramref name="before"/> (lowercase, a few words), its longest form first; a
    /// country an office is posted to ("Japanese Ambassador to Vietnam") is not the person's own.
    /// </summary>
    private static string? LastCountryWord(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var end = words.Length; end > 0; end--)
        {
            for (var length = Math.Min(LongestCountryWords, end); length >= 1; length--)
            {
                var start = end - length;
                var phrase = string.Join(' ', words, start, length).TrimEnd(PhraseEndPunctuation);
                if (CountryByWord.TryGetValue(phrase, out var country))
                {
                    var previous = start > 0 ? words[start - 1] : "";
                    if (previous is "to" or "in" or "for" or "from")
                    {
                        break;
                    }

                    return country;
                }
            }
        }

        return null;
    }
}
