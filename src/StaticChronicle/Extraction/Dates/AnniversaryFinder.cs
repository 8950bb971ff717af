using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Config;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.Dates;

/// <summary>Finds "Nth anniversary of X" and "N years of X" and tells which configured reference event X is.</summary>
public sealed partial class AnniversaryFinder
{
    private const int Window = 120;
    private readonly IReadOnlyList<(ReferenceEvent Event, string[] Keywords)> _events;

    public AnniversaryFinder(IReadOnlyList<ReferenceEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events
            .Select(e => (e, e.Keywords.Select(k => Normalize(k)).Where(k => k.Length > 0).ToArray()))
            .ToList();
    }

    [GeneratedRegex(@"\b(?:(?<n>\d{1,3})(?:st|nd|rd|th)|(?<word>first|fifth|tenth|fifteenth|twentieth|twenty-fifth|thirtieth|thirty-fifth|fortieth|forty-fifth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|ninetieth|hundredth))\s+anniversary\s+(?:year\s+)?of\s+|\b(?<cent>centenary|centennial)\s+of\s+|\b(?<years>\d{1,3})\s+years\s+(?:of|since|after)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryPhrase();

    // "the Vietnam–Japan diplomatic ties' 50th anniversary": the event is named before the number.
    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?!\s+(?:year\s+)?of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryAfterEvent();

    public List<AnniversaryMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AnniversaryMention>();
        foreach (Match m in AnniversaryAfterEvent().Matches(text))
        {
            var number = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            var start = SentenceStart(text, m.Index);
            var before = Normalize(text[start..m.Index]);
            var hit = _events.FirstOrDefault(e => e.Keywords.Any(k => IndexOfWord(before, k) >= 0)).Event;
            if (hit is not null && number is >= 1 and <= 500)
            {
                found.Add(WithRelativeYear(text, new AnniversaryMention(start, text[start..(m.Index + m.Length)].Trim(), number, hit), m.Index + m.Length));
            }
        }

        foreach (var m in PhraseMatches(text))
        {
            var number = Number(m);
            if (number is < 1 or > 500)
            {
                continue;
            }

            var after = m.Index + m.Length;
            var end = SentenceEnd(text, after);
            var window = text[after..end];
            var normalizedWindow = Normalize(window);
            ReferenceEvent? hit = null;
            var hitEnd = 0;
            var best = int.MaxValue;
            foreach (var (ev, keywords) in _events)
            {
                foreach (var keyword in keywords)
                {
                    var at = IndexOfWord(normalizedWindow, keyword);
                    if (at >= 0 && at < best)
                    {
                        best = at;
                        hit = ev;
                        hitEnd = at + keyword.Length;
                    }
                }
            }

            // Folding keeps lengths for Latin text, so the normalised offset points into the original window.
            var textEnd = hit is null ? Math.Min(window.Length, 60) : Math.Min(window.Length, hitEnd);
            found.Add(WithRelativeYear(text, new AnniversaryMention(m.Index, text.Substring(m.Index, m.Length + textEnd).Trim(), number, hit), after + textEnd));
        }

        return found;
    }

    /// <summary>
    /// The matches of <see cref="AnniversaryPhrase"/> in <paramref name="text"/>, in order. Every match holds one of the
    /// words "anniversary", "years" or "centenary"/"centennial" with at most one word before it, so the phrase is
    /// looked for only around those words (found by a vectorised search): scanning whole articles with the phrase
    /// was the costliest single step of extraction. Each window starts after whitespace and ends after the words
    /// that follow, so a match inside it is exactly a match in the whole text.
    /// </summary>
    private static IEnumerable<Match> PhraseMatches(string text)
    {
        var windows = new List<(int Start, int End)>();
        foreach (var anchor in (ReadOnlySpan<string>)["anniversar", "years", "centen"])
        {
            for (var at = text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var start = at;
                while (start > 0 && char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                var end = Skip(text, Skip(text, Skip(text, Skip(text, at, letters: true), letters: false), letters: true), letters: false);
                end = Skip(text, Skip(text, end, letters: true), letters: false);
                windows.Add((start, end));
            }
        }

        windows.Sort();
        var merged = new List<(int Start, int End)>(windows.Count);
        foreach (var window in windows)
        {
            if (merged.Count > 0 && window.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, window.End));
            }
            else
            {
                merged.Add(window);
            }
        }

        foreach (var (start, end) in merged)
        {
            for (var m = AnniversaryPhrase().Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?:later|earlier)\s+)?(?<which>last|this|next)\s+year(?:'s|’s)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    /// <summary>
    /// "celebrated the 50th anniversary of diplomatic ties last year": the anniversary fell the year before the
    /// article. The "last/this/next year" nearest to the phrase in its sentence says which.
    /// </summary>
    private static AnniversaryMention WithRelativeYear(string text, AnniversaryMention mention, int phraseEnd)
    {
        var from = SentenceStart(text, mention.Index);
        var to = SentenceEnd(text, Math.Min(text.Length, phraseEnd));
        Match? nearest = null;
        var distance = int.MaxValue;
        for (var m = RelativeYear().Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            var d = m.Index >= phraseEnd ? m.Index - phraseEnd : Math.Max(0, mention.Index - (m.Index + m.Length));
            if (d < distance)
            {
                distance = d;
                nearest = m;
            }
        }

        if (nearest is null || distance > 80)
        {
            return mention;
        }

        var offset = nearest.Groups["which"].Value.ToLowerInvariant() switch
        {
            "last" => 1,
            "next" => -1,
            _ => 0,
        };
        return mention with { YearOffset = offset, RelativeWords = nearest.Value };
    }

    private static int Skip(string text, int from, bool letters)
    {
        while (from < text.Length && (letters ? char.IsLetter(text[from]) : char.IsWhiteSpace(text[from])))
        {
            from++;
        }

        return from;
    }

    private static int SentenceStart(string text, int at)
    {
        var limit = Math.Max(0, at - Window);
        for (var i = at - 1; i > limit; i--)
        {
            if (text[i] is '.' or ';' or '\n' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + Window);
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '.' or ';' or '\n' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return limit;
    }

    private static int IndexOfWord(string haystack, string needle)
    {
        var from = 0;
        while (true)
        {
            var at = haystack.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var beforeOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var afterOk = at + needle.Length >= haystack.Length || !char.IsLetterOrDigit(haystack[at + needle.Length]);
            if (beforeOk && afterOk)
            {
                return at;
            }

            from = at + 1;
        }
    }

    /// <summary>Lowercase, diacritics folded, dashes unified, so "Vietnam–Japan" matches "Vietnam-Japan".</summary>
    private static string Normalize(string text) =>
        AsciiFolding.Fold(text).ToLowerInvariant().Replace('–', '-').Replace('—', '-');

    private static int Number(Match m)
    {
        if (m.Groups["n"].Success)
        {
            return int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        }

        if (m.Groups["years"].Success)
        {
            return int.Parse(m.Groups["years"].ValueSpan, CultureInfo.InvariantCulture);
        }

        if (m.Groups["cent"].Success)
        {
            return 100;
        }

        return m.Groups["word"].Value.ToLowerInvariant() switch
        {
            "first" => 1, "fifth" => 5, "tenth" => 10, "fifteenth" => 15, "twentieth" => 20, "twenty-fifth" => 25,
            "thirtieth" => 30, "thirty-fifth" => 35, "fortieth" => 40, "forty-fifth" => 45, "fiftieth" => 50,
            "sixtieth" => 60, "seventieth" => 70, "seventy-fifth" => 75, "eightieth" => 80, "ninetieth" => 90,
            "hundredth" => 100,
            _ => 0,
        };
    }
}
