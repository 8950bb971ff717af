using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Topics;

/// <summary>
/// An article's main topics, ranked. Every sentence shares one point among the topics its keywords name, so a
/// sentence about one thing counts in full and a list of ten fields counts little for each; repeated keywords in
/// a sentence count a little more; the headline and lede count double. Keywords match inflected forms
/// ("technical interns"); a lowercase keyword inside a capitalised name ("Ministry of Public Security") does not
/// count. At most four topics, each with at least a share of the leader's score; a courtesy call may have none.
/// </summary>
public sealed class TopicRanker
{
    private const int MaxTopics = 4;
    private const double LeadWeight = 2.0;
    private const double RelativeFloor = 0.15;
    private const double AbsoluteFloor = 0.3;

    private readonly List<(int Topic, string[] Words, bool CaseSensitive, string Surface)> _keywords = [];

    public TopicRanker(IReadOnlyList<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var keyword in topics[t].Keywords)
            {
                var words = WordToken.Split(keyword).Select(w => w.Key).ToArray();
                if (words.Length > 0)
                {
                    _keywords.Add((t, words, keyword.Any(char.IsLetter) && keyword.Where(char.IsLetter).All(char.IsUpper), keyword));
                }
            }
        }

        // Longest first, so "development assistance" inside "official development assistance" is one hit.
        _keywords.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Ranked topic ids with their reasons.</summary>
    /// <param name="leadTexts">How many of the first texts are headline and lede (they count double).</param>
    public List<TopicReason> Rank(IReadOnlyList<ArticleSentence> sentences, int leadTexts)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var score = new double[Topics.Count];
        var sentencesOf = new int[Topics.Count];
        var inLead = new bool[Topics.Count];
        var words = new List<SortedSet<string>>(Topics.Count);
        for (var t = 0; t < Topics.Count; t++)
        {
            words.Add(new SortedSet<string>(StringComparer.Ordinal));
        }

        foreach (var sentence in sentences)
        {
            var hits = Hits(sentence.Text);
            if (hits.Count == 0)
            {
                continue;
            }

            var lead = sentence.TextIndex < leadTexts;
            var weight = lead ? LeadWeight : 1.0;
            foreach (var (topic, (count, surfaces)) in hits)
            {
                score[topic] += weight * Math.Sqrt(count) / hits.Count;
                sentencesOf[topic]++;
                inLead[topic] |= lead;
                words[topic].UnionWith(surfaces);
            }
        }

        var top = score.DefaultIfEmpty(0).Max();
        return Enumerable.Range(0, Topics.Count)
            .Where(t => score[t] > 0 && score[t] >= Math.Max(AbsoluteFloor, RelativeFloor * top))
            .OrderByDescending(t => score[t]).ThenBy(t => t)
            .Take(MaxTopics)
            .Select(t => new TopicReason(Topics[t].Id, string.Create(CultureInfo.InvariantCulture,
                $"score {score[t]:0.00} from {sentencesOf[t]} sentence{(sentencesOf[t] == 1 ? "" : "s")}{(inLead[t] ? ", headline or lede" : "")}: {string.Join(", ", words[t])}")))
            .ToList();
    }

    /// <summary>Per topic: keyword hits in the sentence and the words that hit.</summary>
    private Dictionary<int, (int Count, List<string> Surfaces)> Hits(string sentence)
    {
        var tokens = WordToken.Split(sentence);
        var taken = new bool[tokens.Count];
        var hits = new Dictionary<int, (int, List<string>)>();
        foreach (var (topic, keyword, caseSensitive, surface) in _keywords)
        {
            for (var i = 0; i + keyword.Length <= tokens.Count; i++)
            {
                if (!Matches(tokens, i, keyword, caseSensitive, surface) || Enumerable.Range(i, keyword.Length).Any(k => taken[k]))
                {
                    continue;
                }

                for (var k = i; k < i + keyword.Length; k++)
                {
                    taken[k] = true;
                }

                // A lowercase keyword written capitalised mid-sentence is part of a name ("Vietnam Festival").
                if (!caseSensitive && char.IsLower(surface[0]) && i > 0 && tokens[i].IsCapitalised)
                {
                    continue;
                }

                var (count, surfaces) = hits.TryGetValue(topic, out var h) ? h : (0, new List<string>());
                surfaces.Add(string.Join(' ', tokens.Skip(i).Take(keyword.Length).Select(x => x.Text.ToLowerInvariant())));
                hits[topic] = (count + 1, surfaces);
            }
        }

        return hits;
    }

    private static bool Matches(List<WordToken> tokens, int i, string[] keyword, bool caseSensitive, string surface)
    {
        for (var k = 0; k < keyword.Length; k++)
        {
            var key = tokens[i + k].Key;
            var last = k == keyword.Length - 1;
            if (key != keyword[k] && !(last && (key == keyword[k] + "s" || key == keyword[k] + "es")))
            {
                return false;
            }
        }

        return !caseSensitive || string.Join(' ', tokens.Skip(i).Take(keyword.Length).Select(t => t.Text)).StartsWith(surface, StringComparison.Ordinal);
    }
}
