using System.Collections.Frozen;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Places;

/// <summary>
/// Where the reported event happened, apart from the places merely mentioned: a video or phone call is
/// <c>online</c>; otherwise a city the headline or lede puts the event in ("held talks in Hanoi", "a reception in
/// Hanoi"), then the lede's dateline ("VIETNAM, September 12 - TOKYO —"), then such a sentence in the next
/// paragraphs. A place after "last November in", a prefecture or province ("Fukuoka prefecture") and a name
/// that goes on ("Osaka-Kansai Expo") are not where the event was.
/// </summary>
public sealed class EventPlaceFinder(PlaceGazetteer places)
{
    private const int LaterParagraphs = 3;

    private static readonly string[] OnlineWords =
        ["video call", "videoconference", "video conference", "video link", "virtual meeting", "virtual summit", "online meeting", "online talks", "phone call", "phone talks", "telephone", "phone conversation", "held online", "virtually"];

    private static readonly FrozenSet<string> EventWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "met", "meet", "meeting", "talks", "talk", "received", "receives", "receiving", "reception", "welcomed", "welcome",
        "hosted", "hosts", "held", "holds", "visit", "visits", "visited", "visiting", "arrived", "ceremony", "conference",
        "summit", "forum", "signed", "signing", "attended", "banquet", "dialogue", "discussion", "gathering", "session",
        "receive", "meets", "host", "opened", "trip", "tour", "event", "festival", "exhibition", "celebration",
        // "X and Y agreed in Tokyo on Friday to …": a joint act happens where the two sides are.
        "agreed", "discussed",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Earlier = new HashSet<string>(StringComparer.Ordinal) { "last", "previous", "earlier", "ago", "former", "past" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Regions = new HashSet<string>(StringComparer.Ordinal) { "prefecture", "province", "region", "district", "county", "state" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The event's place: a canonical place name, <c>online</c>, or null.</summary>
    /// <param name="texts">Headline (text 0, maybe empty) and paragraphs.</param>
    /// <param name="ledeIndex">Which text is the lede (subheadings may come before it).</param>
    /// <param name="rawLede">The lede as pasted, dateline included.</param>
    public string? Find(IReadOnlyList<string> texts, IReadOnlyList<ArticleSentence> sentences, int ledeIndex, string? rawLede)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sentences);
        var lead = sentences.Where(s => s.TextIndex == 0 || s.TextIndex == ledeIndex).ToList();
        if (lead.Any(s => OnlineWords.Any(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))
        {
            return "online";
        }

        foreach (var sentence in lead)
        {
            if (InSentence(sentence) is { } place)
            {
                return place;
            }
        }

        if (rawLede is not null && DatelinePrefix.Length(rawLede) is > 0 and var length)
        {
            var tokens = WordToken.Split(rawLede[..length]);
            string? last = null;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Match(tokens, i) is { } found)
                {
                    last = found.Place;
                    i += found.Length - 1;
                }
            }

            if (last is not null)
            {
                return last;
            }
        }

        foreach (var sentence in sentences.Where(s => s.TextIndex > ledeIndex && s.TextIndex <= ledeIndex + LaterParagraphs))
        {
            if (InSentence(sentence) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>"… held talks in Hanoi …": a place after "in" or "visit to" in a sentence that reports the event.</summary>
    private string? InSentence(ArticleSentence reported)
    {
        var sentence = reported.Text;
        var tokens = reported.Words;
        if (!tokens.Any(t => EventWords.Contains(t.Key)))
        {
            return null;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var previous = tokens[i - 1].Key;
            var afterVisit = previous == "to" && i >= 2 && tokens[i - 2].Key is "visit" or "trip";
            if (previous is not ("in" or "at") && !afterVisit)
            {
                continue;
            }

            if (Match(tokens, i) is not { } found)
            {
                continue;
            }

            var end = i + found.Length;
            var goesOn = end < tokens.Count && (Regions.Contains(tokens[end].Key)
                || (tokens[end].IsCapitalised && sentence.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim().IsEmpty));
            var joined = sentence.AsSpan(tokens[end - 1].End).StartsWith("-", StringComparison.Ordinal);
            var earlier = Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4)).Any(k => Earlier.Contains(tokens[k].Key));
            if (!goesOn && !joined && !earlier)
            {
                return found.Place;
            }
        }

        return null;
    }

    private (string Place, int Length)? Match(List<WordToken> tokens, int i)
    {
        if (!tokens[i].IsCapitalised)
        {
            return null;
        }

        for (var length = Math.Min(places.MaxWords, tokens.Count - i); length >= 1; length--)
        {
            if (places.Find(tokens, i, i + length) is { } place)
            {
                return (place, length);
            }
        }

        return null;
    }
}
