using StaticChronicle.Config;
using StaticChronicle.Extraction.People;

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

                var acronym = !keyword.Any(char.IsLower);
                if (!_byFirstWord.TryGetValue(words[0].Key, out var list))
                {
                    _byFirstWord[words[0].Key] = list = [];
                }

                list.Add(new Keyword(t, words.Select(w => w.Key).ToArray(), acronym ? words.Select(w => w.Surface).ToArray() : null));
            }
        }
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Ids of the topics whose keywords occur in <paramref name="text"/>, in configuration order.</summary>
    public List<string> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var hit = new bool[Topics.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i].Key, out var candidates))
            {
                continue;
            }

            foreach (var keyword in candidates)
            {
                hit[keyword.Topic] |= !hit[keyword.Topic] && keyword.MatchesAt(words, i);
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

    /// <summary>Runs of letters and digits; everything else (spaces, hyphens, punctuation) separates words.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
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
                var surface = text[start..i];
                words.Add(new Word(surface, WordToken.FoldKey(surface)));
                start = -1;
            }
        }

        return words;
    }

    private readonly record struct Word(string Surface, string Key);

    private sealed record Keyword(int Topic, string[] Keys, string[]? CaseSensitiveSurface)
    {
        public bool MatchesAt(List<Word> words, int i)
        {
            if (i + Keys.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < Keys.Length; k++)
            {
                var word = words[i + k];
                if (word.Key != Keys[k] || (CaseSensitiveSurface is not null && word.Surface != CaseSensitiveSurface[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
