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
    private const int MaxWords = 14;
    private const int CutWords = 12;

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

    /// <summary>A headline from <paramref name="lede"/>; <paramref name="spans"/> are the people named in it, <paramref name="names"/> their names by id.</summary>
    public static string FromLede(string lede, IEnumerable<PersonSpan> spans, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(lede);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(names);
        var text = DropRoles(lede, spans, names);
        text = DatelinePrefix.StartOfStory(text);
        var end = SentenceEnd().Match(text);
        var sentence = (end.Success ? text[..end.Index] : text).Trim();
        var clause = ClauseBreak().Match(sentence);
        if (clause.Success && clause.Index > 20)
        {
            sentence = sentence[..clause.Index];
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count <= MaxWords)
        {
            return Capitalise(string.Join(' ', words).TrimEnd(',', ';', ':'));
        }

        var kept = words.Take(CutWords).ToList();
        while (kept.Count > 3 && WeakEndings.Contains(kept[^1].TrimEnd(',', ';', ':')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return Capitalise(string.Join(' ', kept).TrimEnd(',', ';', ':') + "…");
    }

    private static string DropRoles(string lede, IEnumerable<PersonSpan> spans, IReadOnlyDictionary<string, string> names)
    {
        var builder = new StringBuilder(lede.Length);
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.RoleStart))
        {
            if (span.RoleStart < at)
            {
                continue;
            }

            builder.Append(lede, at, span.RoleStart - at);
            builder.Append(names.TryGetValue(span.PersonId, out var name) ? name : lede[span.Start..span.End]);
            at = span.End;
        }

        builder.Append(lede, at, lede.Length - at);
        return builder.ToString();
    }

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
