using System.Text.RegularExpressions;
using StaticChronicle.Extraction.Countries;

namespace StaticChronicle.Extraction.Roles;

/// <summary>
/// Turns the role words an article puts around a name into the office they state, in one spelling: the
/// dateline and nationality in front dropped ("HANOI - Japanese Prime Minister" → "Prime Minister"), the
/// country at the end dropped ("… of Japan"), abbreviations written out (NA, CPV, PM), "National Assembly
/// Chairman" → "Chairman of the National Assembly", and the spelling of Vietnam made one ("Việt Nam").
/// </summary>
public static partial class RoleText
{
    // Each pattern built once: a phrase is cleaned for every place that names a person, in every article.
    private static readonly (string Short, Regex Word, string Long)[] Abbreviations =
    [
        .. new (string Short, string Long)[]
        {
            ("PM", "Prime Minister"), ("FM", "Foreign Minister"), ("NA", "National Assembly"), ("CPV", "Communist Party of Vietnam"),
            ("LDP", "Liberal Democratic Party"), ("VFF", "Vietnam Fatherland Front"), ("RoK", "Republic of Korea"), ("ROK", "Republic of Korea"),
        }.Select(a => (a.Short, new Regex($@"\b{a.Short}\b", RegexOptions.CultureInvariant), a.Long)),
    ];

    private static readonly string[] CountrySuffixesLongestFirst = [.. CountrySuffixesInOrder().OrderByDescending(x => x.Length)];

    private static readonly string[] Nationalities =
    [
        "visiting", "Japanese", "Vietnamese", "Korean", "South Korean", "Chinese", "the", "his", "her", "their", "then",
        "Japan's", "Vietnam's", "Korea's", "South Korea's", "Viet Nam's", "Japan", "Vietnam", "Viet Nam", "Korea", "South Korea",
    ];

    // Any country's name or adjective in front of a title ("New Zealand Trade Minister", "Philippine Secretary"), longest first.
    private static readonly string[] CountryWordsLongestFirst =
    [
        .. CountryNames.All.SelectMany(c => c.Words.Append(c.Country))
            .SelectMany(w => new[] { w, w.EndsWith('s') ? w + "'" : w + "'s" })
            .Where(w => char.IsUpper(w[0]))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length),
    ];

    // The country words by their first letter, each list still longest first: a phrase can only start with words of
    // its own first letter, so it is tried against those few rather than against every country's words.
    private static readonly Dictionary<char, string[]> CountryWordsByFirstLetter = CountryWordsLongestFirst
        .GroupBy(w => w[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static string[] CountrySuffixesInOrder() =>
    [
        " of Japan", " of Vietnam", " of Viet Nam", " of the Socialist Republic of Vietnam", " of the Republic of Korea",
        " of Korea", " of South Korea", " of the State of Japan",
    ];

    // Titles that an article may put after the body they head ("National Assembly Chairman").
    private static readonly string[] TrailingTitles =
        ["General Secretary", "Vice Chairman", "Vice Chairwoman", "Vice President", "Chairman", "Chairwoman", "Chair", "Speaker", "President", "Secretary", "Governor", "Leader"];

    private static readonly string[] SpacedTrailingTitles = [.. TrailingTitles.Select(t => " " + t)];

    private static readonly HashSet<string> BodyEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Assembly", "Party", "Committee", "Council", "House", "Diet", "Union", "Front", "Federation", "Association",
        "Alliance", "Group", "Commission", "Parliament", "Senate", "Court",
    };

    [GeneratedRegex(@"^.*?\s[-–—]+\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DashPrefix();

    [GeneratedRegex(@"\s+[-–]\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private static readonly char[] EdgePunctuation = [' ', ',', '-', '–'];

    /// <summary>One phrase of role words, cleaned; empty when nothing of an office is left.</summary>
    /// <param name="vietnamese">Whether the person is on the Vietnamese side ("Party" is then the Communist Party of Vietnam).</param>
    public static string Clean(string phrase, bool vietnamese)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = CollapseSpaces(phrase.Trim());
        text = DropDateline(text);
        text = text.Replace('’', '\'').Replace("Việt Nam", "Vietnam", StringComparison.Ordinal).Replace("Viet Nam", "Vietnam", StringComparison.Ordinal);
        text = SpacedHyphen().Replace(text, "-");
        foreach (var (shortForm, word, longForm) in Abbreviations)
        {
            // The word can only stand where its letters do: most phrases hold none of them.
            if (text.Contains(shortForm, StringComparison.Ordinal))
            {
                text = word.Replace(text, longForm);
            }
        }

        text = text.Replace("Vietnamese Communist Party", "Communist Party of Vietnam", StringComparison.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var word in Nationalities)
            {
                if (text.Length > word.Length + 1 && text[word.Length] == ' ' && text.StartsWith(word, StringComparison.Ordinal))
                {
                    text = text[(word.Length + 1)..];
                    changed = true;
                }
            }

            var countryWords = text.Length > 0 && CountryWordsByFirstLetter.TryGetValue(text[0], out var starting) ? starting : [];
            foreach (var word in countryWords)
            {
                if (text.Length > word.Length + 1 && text[word.Length] == ' ' && text.StartsWith(word, StringComparison.Ordinal))
                {
                    text = text[(word.Length + 1)..];
                    changed = true;
                    break;
                }
            }
        }
        while (changed);

        foreach (var suffix in CountrySuffixesLongestFirst)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
            }
        }

        text = Reorder(text, vietnamese);
        return text.Trim(EdgePunctuation);
    }

    /// <summary>
    /// Each run of white space as one space, as <c>\s+</c> → " " gives it; most phrases have single spaces only, and
    /// replacing each by itself would still make a new string.
    /// </summary>
    private static string CollapseSpaces(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return Spaces().Replace(text, " ");
            }

            previousSpace = space;
        }

        return text;
    }

    /// <summary>A dateline glued to the role ("HANOI - Deputy Prime Minister"): everything up to a dash with no lowercase word before it.</summary>
    private static string DropDateline(string text)
    {
        var m = DashPrefix().Match(text);
        if (m.Success && !m.Value.Any(char.IsLower))
        {
            return text[m.Length..];
        }

        return text;
    }

    private static string Reorder(string text, bool vietnamese)
    {
        if (text.Contains(" of ", StringComparison.Ordinal) || text.Contains(" to ", StringComparison.Ordinal))
        {
            return text;
        }

        for (var i = 0; i < TrailingTitles.Length; i++)
        {
            var title = TrailingTitles[i];
            if (!text.EndsWith(SpacedTrailingTitles[i], StringComparison.Ordinal))
            {
                continue;
            }

            var body = text[..^(title.Length + 1)];
            var words = body.Split(' ');
            if (words.Length == 0 || !words.All(w => w.Length > 0 && char.IsUpper(w[0])) || !BodyEnds.Contains(words[^1]))
            {
                return text;
            }

            if (body == "Party" && vietnamese)
            {
                body = "Communist Party of Vietnam";
            }

            return $"{title} of the {body}";
        }

        return text;
    }
}
