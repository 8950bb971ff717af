using System.Collections.Frozen;
using StaticChronicle.Content;
using StaticChronicle.Extraction.Countries;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Meetings;

/// <summary>
/// Who met whom: a sentence that states a meeting (met, held talks, received, a reception for, a phone call,
/// a discussion) pairs the participants it names who are of different sides. When it names people of one side
/// only ("the delegation … met the Governor"), they met the other side's first participant, who leads it in the
/// article. People of one side never meet each other, and a meeting dated before the event ("last November")
/// is not this one.
/// </summary>
public static class MeetingFinder
{
    private static readonly FrozenSet<string> MeetingWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "meetings", "talks", "talked", "received", "receives", "receiving",
        "reception", "hosted", "hosts", "hosting", "discussion", "discussions", "call", "calls", "conversation",
        "welcomed", "welcomes", "welcoming", "greeted", "summit", "dialogue", "co-chaired", "co-chair", "co-chairs",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Joint acts that imply the two sides sat together, when both are named in the sentence ("X and Y agreed …").
    private static readonly FrozenSet<string> JointWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "agreed", "discussed", "exchanged", "witnessed", "signed", "co-signed", "reaffirmed", "pledged", "vowed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Every word of every sentence is looked up: one lookup says which kind it is, where two sets took two.
    private const byte Meeting = 1;
    private const byte Joint = 2;
    private static readonly FrozenDictionary<string, byte> WordKinds =
        MeetingWords.Select(w => KeyValuePair.Create(w, Meeting))
            .Concat(JointWords.Where(w => !MeetingWords.Contains(w)).Select(w => KeyValuePair.Create(w, Joint)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <param name="sideOf">The side (country) a person id belongs to, or null when unknown.</param>
    /// <param name="participants">Participant ids in the order the article first names them.</param>
    public static List<MetPair> Find(
        IReadOnlyList<PersonSpan> spans, IReadOnlyList<ArticleSentence> sentences, IReadOnlyList<string> participants, Func<string, string?> sideOf)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(sideOf);
        var taking = participants.ToHashSet(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), MetPair>();
        var index = new SpanIndex(spans);
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            // One pass over the words answers what three walks did: a meeting word, a joint act, and where the first stands.
            var meetingWord = false;
            var jointWord = false;
            var firstMeeting = -1;
            for (var w = 0; w < words.Count; w++)
            {
                var key = words[w].Key;
                WordKinds.TryGetValue(key, out var kind);
                var isMeeting = kind == Meeting;
                var isJoint = kind == Joint;
                meetingWord |= isMeeting;
                jointWord |= isJoint;
                if (firstMeeting < 0 && (isMeeting || isJoint || key == "called"))
                {
                    firstMeeting = w;
                }
            }

            var meeting = meetingWord || CalledOn(words);
            if (!meeting && !jointWord)
            {
                continue;
            }

            if (PlannedActs.MeetingPlannedBefore(sentence.Text, words, firstMeeting + 1))
            {
                // "Lam is scheduled to hold talks with …": announced, not yet held.
                continue;
            }

            if (EarlierTime.InKeys(SpacedKeys(words)))
            {
                continue;
            }

            var named = new List<string>();
            foreach (var span in index.StartingIn(sentence.TextIndex, sentence.Start, sentence.End))
            {
                if (taking.Contains(span.PersonId) && !named.Contains(span.PersonId))
                {
                    named.Add(span.PersonId);
                }
            }
            if (named.Count == 0 && meeting && BothSidesNamedAsPair(sentence.Text) && TwoLeads(participants, sideOf) is { } leads)
            {
                // "After the drill, the two commanders held talks": the pair the article has named on each side.
                named.AddRange([leads.First, leads.Second]);
            }

            if (named.Count == 0)
            {
                continue;
            }

            var sides = named.Select(sideOf).Distinct().ToList();
            if (sides.Count == 1 && !meeting)
            {
                continue;
            }

            if (sides.Count == 1)
            {
                // One side named: they met the other side's lead, if the article has one.
                var lead = participants.FirstOrDefault(p => !Equals(sideOf(p), sides[0]) && sideOf(p) is not null && sides[0] is not null);
                if (lead is null || !MentionsOtherSide(sentence.Text.ToLowerInvariant()))
                {
                    continue;
                }

                named.Add(lead);
            }

            for (var i = 0; i < named.Count; i++)
            {
                for (var j = i + 1; j < named.Count; j++)
                {
                    var a = sideOf(named[i]);
                    var b = sideOf(named[j]);
                    if (a is null || b is null || a == b)
                    {
                        continue;
                    }

                    var pair = MetPair.Of(named[i], named[j], sentence.Text);
                    pairs.TryAdd((pair.First, pair.Second), pair);
                }
            }
        }

        return pairs.Values.OrderBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal).ToList();
    }

    /// <summary>The words' keys joined by single spaces, with a space before and after: the form <see cref="EarlierTime.InKeys"/> reads.</summary>
    private static string SpacedKeys(List<WordToken> words)
    {
        var length = 1;
        foreach (var word in words)
        {
            length += word.Key.Length + 1;
        }

        if (words.Count == 0)
        {
            length = 2;
        }

        return string.Create(length, words, static (chars, words) =>
        {
            chars.Fill(' ');
            var at = 1;
            foreach (var word in words)
            {
                word.Key.AsSpan().CopyTo(chars[at..]);
                at += word.Key.Length + 1;
            }
        });
    }

    /// <summary>"called on" or "called upon" someone: a courtesy visit, which is a meeting.</summary>
    private static bool CalledOn(List<WordToken> words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k].Key == "called" && words[k + 1].Key is "on" or "upon")
            {
                return true;
            }
        }

        return false;
    }

    // "The delegation … met the Governor", "he received the Ambassador", "The Vietnamese minister also called on …":
    // the subject stands for the other side.
    private static bool MentionsOtherSide(string lower) =>
        TitledSubject(lower) ||
        lower.Contains("delegation", StringComparison.Ordinal) || lower.StartsWith("he ", StringComparison.Ordinal)
        || lower.StartsWith("she ", StringComparison.Ordinal) || lower.Contains(" he ", StringComparison.Ordinal)
        || lower.Contains(" she ", StringComparison.Ordinal) || lower.Contains("the host", StringComparison.Ordinal)
        || lower.Contains("the guest", StringComparison.Ordinal) || lower.Contains("the visiting", StringComparison.Ordinal)
        || lower.StartsWith("during her", StringComparison.Ordinal) || lower.StartsWith("during his", StringComparison.Ordinal)
        || lower.StartsWith("during the", StringComparison.Ordinal);

    /// <summary>The sentence opens with "the" and a title within its first four words ("the visiting minister", "the Indian ambassador").</summary>
    private static bool TitledSubject(string lower)
    {
        if (!lower.StartsWith("the ", StringComparison.Ordinal))
        {
            return false;
        }

        // "The Vietnamese minister also called on …", "the visiting minister": a title standing for a person, no name after it.
        var words = lower.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4)
        {
            return false;
        }

        var title = NameVocabulary.RoleWords.Contains(words[1]) ? 1
            : (words[1] == "visiting" || CountryNames.TitleWords.Any(c => c.Word == words[1])) && NameVocabulary.RoleWords.Contains(words[2]) ? 2
            : 0;
        return title > 0 && !NameVocabulary.RoleWords.Contains(words[title + 1]) && words[title + 1] is "also" or "then" or "later" or "called" or "met" or "held" or "paid" or "visited" or "received";
    }

    private static readonly string[] PairWords =
        ["the two leaders", "the two ministers", "the two commanders", "the two prime ministers", "the two presidents",
         "the two chairmen", "the two chairs", "the two speakers", "the two officials", "the two foreign ministers",
         "the two defence ministers", "the two defense ministers", "the two generals", "the two heads", "the two governors", "the two mayors"];

    /// <summary>The sentence speaks of the two sides' people as a pair ("the two leaders held talks").</summary>
    private static bool BothSidesNamedAsPair(string text) =>
        // Every pair phrase starts "the two ": a sentence without it names no pair, and is not searched sixteen times.
        text.Contains("the two ", StringComparison.OrdinalIgnoreCase) && PairWords.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first participant of each of exactly two sides, or null when the article does not have two.</summary>
    private static (string First, string Second)? TwoLeads(IReadOnlyList<string> participants, Func<string, string?> sideOf)
    {
        var leads = new List<(string Id, string Side)>();
        foreach (var id in participants)
        {
            var side = sideOf(id);
            if (side is not null && leads.All(l => l.Side != side))
            {
                leads.Add((id, side));
            }
        }

        return leads.Count == 2 ? (leads[0].Id, leads[1].Id) : null;
    }
}
