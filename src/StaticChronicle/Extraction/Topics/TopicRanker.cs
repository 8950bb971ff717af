using System.Collections.Frozen;
using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Topics;

/// <summary>
/// An article's main topics, ranked. Every sentence shares one point among the topics its keywords name, so a
/// sentence about one thing counts in full and a list of fields counts little for each (a list of four or more
/// topics, or an enumeration "including A, B, and C", counts half again); what follows ", while" counts half; the headline and lede count double; "… exchange channels"
/// names a channel, not a topic. Keywords match inflected forms
/// ("technical interns"); a lowercase keyword inside a capitalised name ("Ministry of Public Security") does not
/// count, nor does the name of an institution ("National Assembly", "National Diet") used as a venue or a channel:
/// both count only inside the offices of the people the article names ("President of the House of Councillors"),
/// where they say what kind of meeting it was. At most four topics, each with at least a share of the leader's
/// score; a courtesy call may have none.
/// </summary>
public sealed class TopicRanker
{
    private const int MaxTopics = 4;
    private const double LeadWeight = 2.0;
    private const double RelativeFloor = 0.3;
    private const double AbsoluteFloor = 0.3;
    private const int ListSize = 4;
    private const double ListWeight = 0.5;
    private const double SecondaryClauseWeight = 0.5;

    // The runner-up stays beside a lone main topic when this many sentences come back to it, lists or not.
    private const int RecurringSentences = 3;

    private static readonly FrozenSet<string> InstitutionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "assembly", "house", "diet", "parliament", "council", "congress", "senate", "ministry", "committee", "government",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Never written to: what a sentence without a keyword gives.
    private static readonly Dictionary<int, (int Count, List<string> Surfaces)> NoHits = [];

    [ThreadStatic]
    private static List<(int Keyword, int Position)>? t_tries;

    private readonly List<(int Topic, string[] Words, bool CaseSensitive, string Surface, bool Institution)> _keywords = [];

    // Which keywords (by index in _keywords) a word can start: its first word, and for a one-word keyword its plurals.
    private readonly Dictionary<string, List<int>> _keywordsAt = new(StringComparer.Ordinal);

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
                    var allCaps = keyword.Any(char.IsLetter) && keyword.Where(char.IsLetter).All(char.IsUpper);
                    var institution = !allCaps && char.IsUpper(keyword[0]) && words.Any(InstitutionWords.Contains);
                    _keywords.Add((t, words, allCaps, keyword, institution));
                }
            }
        }

        // Longest first, so "development assistance" inside "official development assistance" is one hit.
        _keywords.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        for (var k = 0; k < _keywords.Count; k++)
        {
            var words = _keywords[k].Words;
            StartsAt(words[0], k);
            if (words.Length == 1)
            {
                StartsAt(words[0] + "s", k);
                StartsAt(words[0] + "es", k);
            }
        }
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    private void StartsAt(string word, int keyword)
    {
        if (!_keywordsAt.TryGetValue(word, out var keywords))
        {
            _keywordsAt[word] = keywords = [];
        }

        keywords.Add(keyword);
    }

    /// <summary>Ranked topic ids with their reasons.</summary>
    /// <param name="isLead">Whether a text (by index) is the headline or the lede, which count double.</param>
    /// <param name="offices">Where the text gives people's offices: (text, start, end).</param>
    public List<TopicReason> Rank(IReadOnlyList<ArticleSentence> sentences, Func<int, bool> isLead, IReadOnlyList<(int Text, int Start, int End)> offices)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(isLead);
        var score = new double[Topics.Count];
        var sentencesOf = new int[Topics.Count];
        var inLead = new bool[Topics.Count];
        // Made for a topic at its first hit: most of the config's topics get none in an article.
        var words = new SortedSet<string>?[Topics.Count];

        // Offices sorted by where they start, and how long the longest is: a sentence's offices are found by binary
        // search instead of a walk over all of them (that walk made a long one-line seed cost its length squared).
        var sorted = offices.OrderBy(o => o.Text).ThenBy(o => o.Start).ToArray();
        var longest = sorted.Length == 0 ? 0 : sorted.Max(o => o.End - o.Start);
        foreach (var sentence in sentences)
        {
            var inSentence = new List<(int Start, int End)>();
            for (var at = FirstAtOrAfter(sorted, sentence.TextIndex, sentence.Start - longest);
                 at < sorted.Length && sorted[at].Text == sentence.TextIndex && sorted[at].Start < sentence.End;
                 at++)
            {
                var o = sorted[at];
                if (o.End > sentence.Start)
                {
                    inSentence.Add((o.Start - sentence.Start, o.End - sentence.Start));
                }
            }

            var hits = Hits(sentence, inSentence);
            if (hits.Count == 0)
            {
                continue;
            }

            var lead = isLead(sentence.TextIndex);
            var weight = IsList(sentence.Text, hits.Count) ? ListWeight : 1.0;
            // The hits outside offices are the same for every topic of the sentence: looked for once, when the lede asks.
            Dictionary<int, (int Count, List<string> Surfaces)>? outsideOffices = null;
            foreach (var (topic, (count, surfaces)) in hits)
            {
                // People's offices say what kind of meeting it was wherever they stand; the lede's own words weigh double.
                var onlyInOffices = inSentence.Count > 0 && !(outsideOffices ??= Hits(sentence, [])).ContainsKey(topic);
                var leadWeight = lead && !onlyInOffices ? LeadWeight : 1.0;
                score[topic] += leadWeight * weight * (count > 0 ? 1.0 : SecondaryClauseWeight) / hits.Count;
                sentencesOf[topic]++;
                inLead[topic] |= lead;
                (words[topic] ??= new SortedSet<string>(StringComparer.Ordinal)).UnionWith(surfaces);
            }
        }

        var top = score.DefaultIfEmpty(0).Max();
        var ordered = Enumerable.Range(0, Topics.Count).Where(t => score[t] > 0).OrderByDescending(t => Math.Round(score[t], 6)).ThenByDescending(t => inLead[t]).ThenBy(t => t).ToList();
        var chosen = ordered.Where(t => score[t] >= Math.Max(AbsoluteFloor, RelativeFloor * top)).Take(MaxTopics).ToList();
        if (chosen.Count == 1 && ordered.Count > 1 && sentencesOf[ordered[1]] >= RecurringSentences)
        {
            chosen.Add(ordered[1]);
        }

        return chosen
            .Select(t => new TopicReason(Topics[t].Id, string.Create(CultureInfo.InvariantCulture,
                $"score {score[t]:0.00} from {sentencesOf[t]} sentence{(sentencesOf[t] == 1 ? "" : "s")}{(inLead[t] ? ", headline or lede" : "")}: {string.Join(", ", words[t]!)}")))
            .ToList();
    }

    /// <summary>Per topic: keyword hits in the sentence and the words that hit.</summary>
    private static bool IsList(string sentence, int topics)
    {
        if (topics >= ListSize)
        {
            return true;
        }

        var including = sentence.IndexOf("including ", StringComparison.Ordinal);
        if (including < 0)
        {
            including = sentence.IndexOf("such as ", StringComparison.Ordinal);
        }

        return including >= 0 && sentence.AsSpan(including).Count(',') >= 2;
    }

    /// <summary>Per topic: keyword hits before any ", while" clause (0 when all are in it) and the words that hit.</summary>
    private static int FirstAtOrAfter((int Text, int Start, int End)[] sorted, int text, int start)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].Text < text || (sorted[mid].Text == text && sorted[mid].Start < start))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private Dictionary<int, (int Count, List<string> Surfaces)> Hits(ArticleSentence sentenceRead, List<(int Start, int End)> offices)
    {
        var sentence = sentenceRead.Text;
        var tokens = sentenceRead.Words;
        // A keyword is tried only where its first word stands (or its plural, for one word), not at every word of the
        // sentence for each of the config's keywords; the tries go keyword by keyword (longest first), each left to right.
        var tries = t_tries ??= [];
        tries.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_keywordsAt.TryGetValue(tokens[i].Key, out var keywords))
            {
                foreach (var keyword in keywords)
                {
                    tries.Add((keyword, i));
                }
            }
        }

        if (tries.Count == 0)
        {
            return NoHits;
        }

        tries.Sort();
        var secondary = sentence.IndexOf(", while ", StringComparison.Ordinal);
        var taken = new bool[tokens.Count];
        var hits = new Dictionary<int, (int, List<string>)>();
        foreach (var (k, i) in tries)
        {
            var (topic, keyword, caseSensitive, surface, institution) = _keywords[k];
            if (i + keyword.Length > tokens.Count || !Matches(tokens, i, keyword, caseSensitive, surface) || IsTaken(taken, i, keyword.Length))
            {
                continue;
            }

            for (var w = i; w < i + keyword.Length; w++)
            {
                taken[w] = true;
            }

            // A lowercase keyword written capitalised mid-sentence is part of a name ("Vietnam Festival"), and an
            // institution's name alone is a venue or a channel; inside someone's office both say what the meeting was.
            var inOffice = InOffice(offices, tokens[i].Start);
            // "people-to-people exchange channels", "National Assembly channels": a channel of contacts, not a topic.
            var channel = IsChannel(tokens, i + keyword.Length) || IsChannel(tokens, i + keyword.Length + 1);
            if (channel || (!inOffice && (institution || (!caseSensitive && char.IsLower(surface[0]) && i > 0 && tokens[i].IsCapitalised))))
            {
                continue;
            }

            var main = secondary < 0 || tokens[i].Start < secondary ? 1 : 0;
            var (count, surfaces) = hits.TryGetValue(topic, out var h) ? h : (0, new List<string>());
            surfaces.Add(string.Join(' ', tokens.Skip(i).Take(keyword.Length).Select(x => x.Text.ToLowerInvariant())));
            hits[topic] = (count + main, surfaces);
        }

        return hits;
    }

    private static bool InOffice(List<(int Start, int End)> offices, int start)
    {
        foreach (var (officeStart, officeEnd) in offices)
        {
            if (start >= officeStart && start < officeEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChannel(List<WordToken> tokens, int at) => at < tokens.Count && tokens[at].Key is "channel" or "channels";

    private static bool IsTaken(bool[] taken, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
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
