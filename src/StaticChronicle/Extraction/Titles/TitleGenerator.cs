using System.Text;
using System.Text.RegularExpressions;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Titles;

/// <summary>
/// Makes a short headline from the lede when the text has none: its first sentence with titles dropped
/// before names ("National Assembly Chairman Vuong Dinh Hue" → "Vuong Dinh Hue"), cut at the first
/// subordinate clause and, if still long, after a dozen words.
/// </summary>
public static partial class TitleGenerator
{
    private const int CutWords = 12;

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal) { "and", "while", "as", "amid", "after", "which", "who", "but" };

    private static readonly HashSet<string> WeakEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
        "its", "their", "his", "her", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
        "between", "into", "over", "under", "this", "these", "which", "who", "while",
    };

    [GeneratedRegex(@",\s+(?:following|which|who|where|as|while|saying|when|during|after|before|with|according|amid|in order|to\b|and\s+(?:opens|said|stressed|noted|affirmed|added))|;\s|\s[–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?<=[\p{Ll}\d)”""’%])[.!?](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // "on September 5", "on Monday", "on Tuesday, Nov. 28, 2023", "here": when it happened is the date's job, not the headline's.
    [GeneratedRegex(@"\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?:\s+\d{4})?)?|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|here\b|yesterday\b|today\b|\([^()]{0,60}\))", RegexOptions.CultureInvariant)]
    private static partial Regex WhenWords();

    [GeneratedRegex(@"\G,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|to))*(?=,|\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAfterName();

    /// <summary>
    /// A headline from <paramref name="lede"/> of at most <see cref="CutWords"/> words: who did what, where, with
    /// titles and dates dropped and, when still long, names shortened; <paramref name="spans"/> are the people named
    /// in it, <paramref name="names"/> their names by id.
    /// </summary>
    public static string FromLede(string lede, IEnumerable<PersonSpan> spans, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(lede);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(names);
        var spanList = spans.ToList();
        List<string> words = [];
        foreach (var shortNames in new[] { false, true })
        {
            words = Words(DropRoles(lede, spanList, names, shortNames));
            if (words.Count <= CutWords)
            {
                return Capitalise(string.Join(' ', words).TrimEnd(',', ';', ':'));
            }
        }

        // Still long: end at the last clause boundary within the limit ("…political trust | and maturity of …"), else at the limit.
        var cut = CutWords;
        for (var k = CutWords; k >= 5; k--)
        {
            if (k < words.Count && (ClauseWords.Contains(words[k]) || words[k - 1].EndsWith(',') || words[k - 1].EndsWith(';')))
            {
                cut = k;
                break;
            }
        }

        var kept = words.Take(cut).ToList();
        while (kept.Count > 3 && WeakEndings.Contains(kept[^1].TrimEnd(',', ';', ':')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return Capitalise(string.Join(' ', kept).TrimEnd(',', ';', ':'));
    }

    private static List<string> Words(string text)
    {
        text = DatelinePrefix.StartOfStory(text);
        var end = SentenceEnd().Match(text);
        var sentence = (end.Success ? text[..end.Index] : text).Trim();
        var clause = ClauseBreak().Match(sentence);
        if (clause.Success && clause.Index > 20)
        {
            sentence = sentence[..clause.Index];
        }

        // A match that ends in a space ("on Tuesday " before "for") gives the space back, or the words around it would join.
        sentence = WhenWords().Replace(sentence, m => m.Value.Length > 0 && char.IsWhiteSpace(m.Value[^1]) ? " " : "");
        return sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string DropRoles(string lede, IEnumerable<PersonSpan> spans, IReadOnlyDictionary<string, string> names, bool shortNames)
    {
        var builder = new StringBuilder(lede.Length);
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.RoleStart))
        {
            if (span.RoleStart < at)
            {
                continue;
            }

            // "received Japanese Ambassador Sato Kenji": with the office gone, the nationality before it goes too.
            var cut = span.RoleStart < span.Start ? NationalityBefore(lede, at, span.RoleStart) : span.RoleStart;
            builder.Append(lede, at, cut - at);
            builder.Append(shortNames ? span.ShortName : names.TryGetValue(span.PersonId, out var name) ? name : lede[span.Start..span.End]);
            at = span.End;
            // "…, Speaker of the House of Representatives of Japan, …": the office after the name goes too.
            var appositive = OfficeAfterName().Match(lede, at);
            if (appositive.Success && WordToken.Split(appositive.Value).Any(w => NameVocabulary.TitleWords.Contains(w.Key) && w.IsCapitalised))
            {
                at += appositive.Length;
            }
        }

        builder.Append(lede, at, lede.Length - at);
        return builder.ToString();
    }

    private static int NationalityBefore(string lede, int floor, int roleStart)
    {
        var end = roleStart;
        while (end > floor && lede[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > floor && (char.IsLetter(lede[start - 1]) || lede[start - 1] is '\'' or '’'))
        {
            start--;
        }

        var word = lede[start..end].Replace('’', '\'');
        var country = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        return start < end && char.IsUpper(word[0]) && Countries.CountryNames.Normal(country) is not null ? start : roleStart;
    }

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
