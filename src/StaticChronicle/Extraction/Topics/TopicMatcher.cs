using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Extraction.People;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.Topics;

/// <summary>
/// Tells which configured topics an article is about: any keyword as whole words, ignoring case (acronyms
/// such as "ODA" keep their case), spaces and hyphens alike ("sci-tech" = "sci tech"). One pass over the
/// article's words, whatever the number of keywords.
/// </summary>
public sealed class TopicMatcher
{
    private readonly Dictionary<string, List<Keyword>> _byFirstWord = new(StringComparer.Ordinal);

    public TopicMatcher(IReadOnlyList<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var keyword in topics[t].Keywords)
            {
                var words = Words(keyword);
                if (words.Count == 0)
                {
                    continue;
                }

                var keys = words.Select(WordToken.FoldKey).ToArray();
                var acronym = !keyword.Any(char.IsLower);
                if (!_byFirstWord.TryGetValue(keys[0], out var list))
                {
                    _byFirstWord[keys[0]] = list = [];
                }

                list.Add(new Keyword(t, keys, acronym ? [.. words] : null));
            }
        }
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Ids of the topics whose keywords occur in <paramref name="text"/>, in configuration order.</summary>
    public List<string> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Words stay ranges of the text, and a word's folded key becomes a string only when a keyword could
        // start with it: folding every word made this one of the costliest steps per seed.
        var words = new List<Range>(text.Length / 5);
        ForEachWord(text, (start, end) => words.Add(start..end));
        var hit = new bool[Topics.Count];
        var firstWords = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            if (!firstWords.TryGetValue(Fold(text.AsSpan(words[i]), buffer), out var candidates))
            {
                continue;
            }

            foreach (var keyword in candidates)
            {
                hit[keyword.Topic] |= !hit[keyword.Topic] && keyword.MatchesAt(text, words, i);
            }
        }

        return Topics.Where((_, t) => hit[t]).Select(t => t.Id).ToList();
    }

    /// <summary>The topic a front-matter value names (by id or by name, ignoring case), or null.</summary>
    public TopicDefinition? Resolve(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Topics.FirstOrDefault(t => string.Equals(t.Id, value, StringComparison.OrdinalIgnoreCase)
                                          || string.Equals(t.Name, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The topic whose id or name is one or two letters away from <paramref name="value"/>, for "did you mean"; null when none is that close.</summary>
    public TopicDefinition? Suggest(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = value.Trim().ToLowerInvariant();
        return EditDistance.Closest(key, Topics, t => t.Id.ToLowerInvariant())
            ?? EditDistance.Closest(key, Topics, t => t.Name.ToLowerInvariant());
    }

    /// <summary>Runs of letters and digits; everything else (spaces, hyphens, punctuation) separates words.</summary>
    private static void ForEachWord(string text, Action<int, int> word)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                word(start, i);
                start = -1;
            }
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, (start, end) => words.Add(text[start..end]));
        return words;
    }

    /// <summary>The word's matching form (<see cref="WordToken.FoldKey"/>), written into <paramref name="buffer"/> when the word is short ASCII.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length <= buffer.Length && Ascii.IsValid(word))
        {
            var length = Ascii.ToLower(word, buffer, out var written) == System.Buffers.OperationStatus.Done ? written : 0;
            return buffer[..length];
        }

        return WordToken.FoldKey(word.ToString());
    }

    private sealed record Keyword(int Topic, string[] Keys, string[]? CaseSensitiveSurface)
    {
        public bool MatchesAt(string text, List<Range> words, int i)
        {
            if (i + Keys.Length > words.Count)
            {
                return false;
            }

            Span<char> buffer = stackalloc char[64];
            for (var k = 0; k < Keys.Length; k++)
            {
                var word = text.AsSpan(words[i + k]);
                if (!Fold(word, buffer).SequenceEqual(Keys[k]) || (CaseSensitiveSurface is not null && !word.SequenceEqual(CaseSensitiveSurface[k])))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
