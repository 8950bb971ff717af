using System.Collections.Frozen;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Places;

/// <summary>
/// Finds the gazetteer's places an article names, skipping words that name people ("Hue" the person)
/// and place names used only as a modifier ("a red Osaka tree").
/// </summary>
public sealed class PlaceFinder(PlaceGazetteer gazetteer)
{
    private static readonly FrozenSet<string> PlaceNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "prefecture", "province", "city", "region", "district", "area", "capital", "island", "islands", "port",
        "metropolis", "municipality", "town", "county", "state", "peninsula", "coast", "delta", "bay", "highlands",
        "prefectures", "provinces", "cities", "regions", "districts", "areas",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LinkWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "at", "from", "to", "of", "near", "across", "around", "into", "throughout", "and", "or", "via",
        "between", "including", "on", "with", "for", "by", "while", "but", "as", "is", "was", "are", "were", "has",
        "have", "had", "will", "would", "said", "says", "where", "which", "who", "that", "last", "next", "earlier",
        "later", "since", "during", "after", "before", "until", "when", "under", "this", "these", "today", "on",
        "over", "through", "within", "outside", "inside", "like", "such", "than", "then", "also", "too", "both",
        "visited", "visit", "visiting", "toured", "reached", "left", "arrived", "hosted", "held", "opened",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Canonical names of the places named in <paramref name="texts"/>, in order of first mention.</summary>
    public List<string> Find(IReadOnlyList<string> texts, IReadOnlyList<PersonSpan> people)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Find(texts, texts.Select(WordToken.Split).ToList(), people);
    }

    /// <summary>As <see cref="Find(IReadOnlyList{string}, IReadOnlyList{PersonSpan})"/>, with the texts' words already split.</summary>
    public List<string> Find(IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words, IReadOnlyList<PersonSpan> people)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(people);
        var found = new List<string>();
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t];
            // The people's spans merged into disjoint ranges in order, walked once alongside the tokens: testing every
            // span for every word made a long one-line seed quadratic (a 1 MB line took 12 s).
            var spans = MergedSpans(people.Where(p => p.TextIndex == t));
            var nextSpan = 0;

            var tokens = words[t];
            var i = 0;
            while (i < tokens.Count)
            {
                while (nextSpan < spans.Count && spans[nextSpan].End <= tokens[i].Start)
                {
                    nextSpan++;
                }

                var inPerson = nextSpan < spans.Count && spans[nextSpan].Start < tokens[i].End;
                if (!tokens[i].IsCapitalised || inPerson)
                {
                    i++;
                    continue;
                }

                var length = LongestMatch(text, tokens, i);
                if (length == 0)
                {
                    // Most words that name no place have no hyphen either: no compound to take apart.
                    if (tokens[i].Text.AsSpan().IndexOfAny('-', '–') >= 0)
                    {
                        foreach (var place in CompoundParts(tokens[i].Text))
                        {
                            Add(found, place);
                        }
                    }

                    i++;
                    continue;
                }

                var place1 = gazetteer.Find(tokens, i, i + length)!;
                if (!IsModifier(text, tokens, i, i + length))
                {
                    Add(found, place1);
                }

                i += length;
            }
        }

        return found;
    }

    private static List<(int Start, int End)> MergedSpans(IEnumerable<PersonSpan> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add((span.Start, span.End));
            }
        }

        return merged;
    }

    private int LongestMatch(string text, List<WordToken> tokens, int i)
    {
        var max = 1;
        while (max < gazetteer.MaxWords && i + max < tokens.Count && text.AsSpan(tokens[i + max - 1].End, tokens[i + max].Start - tokens[i + max - 1].End) is " " or "-" or " - ")
        {
            max++;
        }

        for (var length = max; length >= 1; length--)
        {
            if (gazetteer.Find(tokens, i, i + length) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>"Osaka-Kansai": the places in a hyphenated compound, a region dropped when the city in it is named.</summary>
    private List<string> CompoundParts(string word)
    {
        var parts = word.Split('-', '–');
        if (parts.Length < 2)
        {
            return [];
        }

        var places = parts.Select(p => gazetteer.Find([p])).OfType<string>().ToList();
        return places.Where(region => !places.Any(other => other != region && gazetteer.Contains(region, other))).ToList();
    }

    /// <summary>A place name between an adjective and a noun ("a red Osaka tree") describes the thing, it is not where the story is.</summary>
    private static bool IsModifier(string text, List<WordToken> tokens, int start, int end)
    {
        if (end >= tokens.Count || start == 0)
        {
            return false;
        }

        var next = tokens[end];
        var gapAfter = text.AsSpan(tokens[end - 1].End, next.Start - tokens[end - 1].End);
        if (gapAfter is not " " || next.IsCapitalised || PlaceNouns.Contains(next.Key) || LinkWords.Contains(next.Key))
        {
            return false;
        }

        var previous = tokens[start - 1];
        var gapBefore = text.AsSpan(previous.End, tokens[start].Start - previous.End);
        return gapBefore is " " && !previous.IsCapitalised && !LinkWords.Contains(previous.Key);
    }

    private static void Add(List<string> found, string place)
    {
        if (!found.Contains(place))
        {
            found.Add(place);
        }
    }
}
