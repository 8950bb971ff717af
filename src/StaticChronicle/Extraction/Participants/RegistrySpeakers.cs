using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Participants;

/// <summary>
/// A registered person the article names only by their short name as a speaker ("…, Son said.", "Son also
/// proposed"), which the name finder leaves alone because a bare given name is too weak on its own. Two such
/// places, with a short name that belongs to one registry entry only, are enough.
/// </summary>
public sealed class RegistrySpeakers(PeopleRegistry registry, IReadOnlyList<PersonEntry> entries)
{
    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    private const int MinimumPlaces = 2;

    /// <summary>People to add to <paramref name="found"/>, each with the places that name them.</summary>
    public List<(PersonMention Person, List<PersonSpan> Spans)> Find(IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words, PeopleFindings found)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(found);
        var known = found.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var covered = found.Spans.Select(s => (s.TextIndex, s.Start)).ToHashSet();
        var places = new Dictionary<string, List<PersonSpan>>(StringComparer.Ordinal);
        for (var t = 0; t < texts.Count; t++)
        {
            var tokens = words[t];
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                var token = tokens[i];
                if (!token.IsCapitalised)
                {
                    continue;
                }

                // The speech verb after the word first: it turns down almost every capitalised word, before the
                // dearer checks of its letters and of the spans already found.
                var next = i + 1 < tokens.Count && tokens[i + 1].Key is "also" or "further" && i + 2 < tokens.Count ? tokens[i + 2] : tokens[i + 1];
                if (next.IsCapitalised || !(NameVocabulary.SpeechVerbs.Contains(next.Key) || next.Key is "went" or "continued"))
                {
                    continue;
                }

                if (token.IsAllCaps || covered.Contains((t, token.Start))
                    || (i > 0 && tokens[i - 1].IsCapitalised && texts[t].AsSpan(tokens[i - 1].End, token.Start - tokens[i - 1].End).Trim().IsEmpty))
                {
                    continue;
                }

                if (registry.FindByShortName(token.Key) is not { } entry || known.Contains(entry.Id))
                {
                    continue;
                }

                if (!places.TryGetValue(entry.Id, out var list))
                {
                    places[entry.Id] = list = [];
                }

                list.Add(new PersonSpan(t, token.Start, token.End, token.Start, entry.Id, token.Text));
            }
        }

        var result = new List<(PersonMention, List<PersonSpan>)>();
        foreach (var (id, spans) in places.Where(p => p.Value.Count >= MinimumPlaces))
        {
            var entry = entries.First(e => e.Id == id);
            var first = spans[0];
            result.Add((new PersonMention(id, entry.Name, true, [], Sentence(texts[first.TextIndex], first.Start)), spans));
        }

        return result;
    }

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1));
        var end = text.IndexOfAny(SentenceEnds, at);
        var sentence = text[(start + 1)..(end < 0 ? text.Length : end + 1)].Trim();
        return sentence.Length <= 400 ? sentence : sentence[..400].TrimEnd() + "…";
    }
}
