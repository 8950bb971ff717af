using System.Collections.Frozen;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Participants;

/// <summary>
/// Decides who of the people named took part in the reported event. A person takes part when some sentence
/// names them where the sentence reports something done (met, held talks, visited, hosted, said, signed …),
/// and not as the object of admiration, congratulation, condolence, a greeting passed on, an invitation for
/// later or a leadership credited. Someone named only in such places, or only in a sentence that reports nothing
/// done, was mentioned.
/// </summary>
public static class ParticipantFinder
{
    // Words before a name (in its sentence) that make it the object of something, not a doer.
    private static readonly string[] Blockers =
    [
        "admiration for", "admiration to", "admire", "admired", "admires", "tribute to", "tributes to", "respect to",
        "respects to", "incense", "mausoleum", "memorial", "monument", "statue", "bust of", "portrait", "memory of",
        "memories of", "legacy of", "the late", "condolence", "condolences", "sympathy", "sympathies", "congratulate",
        "congratulated", "congratulations", "congratulatory", "birthday", "greetings from", "greetings to",
        "regards to", "regards from", "wishes to", "wishes from", "message from", "message to", "letter from",
        "letter to", "on behalf of", "leadership of", "led by the late", "predecessor", "successor", "founded by",
        "teachings of", "thought of", "named after", "ideology", "under president", "era of", "term of",
        "under former", "under then", "impeachment of", "ouster of", "resignation of", "arrest of", "death of", "passing of", "funeral of", "trial of",
    ];

    // Each name's window is checked for every blocker: one pass tells whether any of them occurs at all, as a word or
    // not, and only then are they tried one by one for whole words. Most windows hold none.
    private static readonly System.Buffers.SearchValues<string> AnyBlocker = System.Buffers.SearchValues.Create(Blockers, StringComparison.Ordinal);

    // "had talks with", "had a meeting": held, in the event itself.
    private static readonly FrozenSet<string> NotParticiple = new HashSet<string>(StringComparer.Ordinal) { "talks", "a", "an", "the", "discussions", "meetings", "lunch", "dinner", "breakfast" }.ToFrozenSet(StringComparer.Ordinal);

    // Sending a message is taking part when the article reports it as news, not as what happened "Earlier, …".
    private static readonly FrozenSet<string> MessageWords = new HashSet<string>(StringComparer.Ordinal) { "sent", "sends", "wrote", "addressed" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] InvitationWords = ["invite", "invited", "invites", "inviting", "invitation"];
    private static readonly string[] InvitationFor = ["to visit", "to attend", "to pay", "to come", "to the", "to join", "for a visit"];

    // A sentence that reports something done: any of these words in it.
    private static readonly FrozenSet<string> ActionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "talks", "talk", "talked", "received", "receives", "receiving", "reception",
        "welcomed", "welcomes", "welcoming", "welcome", "hosted", "hosts", "hosting", "host", "visited", "visits",
        "visiting", "visit", "attended", "attends", "attending", "said", "says", "told", "stated", "affirmed",
        "reaffirmed", "stressed", "noted", "highlighted", "proposed", "suggested", "expressed", "thanked", "asked",
        "urged", "called", "hoped", "emphasised", "emphasized", "agreed", "pledged", "informed", "briefed", "added",
        "reiterated", "congratulated", "signed", "witnessed", "spoke", "delivered", "presented", "led", "leads",
        "paid", "discussed", "discussion", "held", "holds", "joined", "chaired", "co-chaired", "sought", "committed",
        "described", "underlined", "underscored", "shared", "conveyed", "invited", "extended", "outlined", "applauded",
        "praised", "lauded", "vowed", "announced", "explained", "appreciated", "acknowledged", "valued", "wished",
        "requested", "went", "continued", "gave", "greeted", "accompanied", "arrived", "departed", "toured",
        "planted", "opened", "inaugurated", "handed", "awarded", "presided", "co-chairs", "co-chair", "call", "phone",
        "answered", "replied", "commented", "recalled", "believed", "mentioned", "reported", "showed", "pointed",
        "insisted", "confirmed", "promised", "recommended", "warned", "wants", "wanted", "hopes", "believes",
        "stresses", "notes", "adds", "highlights", "says", "proposes", "suggests", "affirms", "underlines", "speech",
        "remarks", "remarked", "keynote", "briefing", "interview", "press", "conference", "ceremony", "banquet",
        "luncheon", "dinner", "courtesy", "exchanged", "congratulates", "witness", "signing", "sign",
        "observed", "inspected", "reviewed", "unveiled", "examined", "surveyed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The ids of the people who took part, of those <paramref name="spans"/> name.</summary>
    public static HashSet<string> Find(IReadOnlyList<string> texts, IReadOnlyList<PersonSpan> spans, IReadOnlyList<ArticleSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(sentences);
        var took = new HashSet<string>(StringComparer.Ordinal);
        var index = new SentenceIndex(sentences);
        foreach (var span in spans)
        {
            if (took.Contains(span.PersonId))
            {
                continue;
            }

            var sentence = index.At(span.TextIndex, span.Start);
            if (sentence is not null && TakesPart(texts[span.TextIndex], sentence, span))
            {
                took.Add(span.PersonId);
            }
        }

        return took;
    }

    /// <summary>Whether <paramref name="span"/> names a doer in <paramref name="sentence"/>.</summary>
    public static bool TakesPart(string text, ArticleSentence sentence, PersonSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(span);
        var roleStart = Math.Clamp(Math.Min(span.RoleStart, span.Start), sentence.Start, sentence.End);
        var window = LowerTail(text, sentence.Start, roleStart, 90);
        if ((window.AsSpan().ContainsAny(AnyBlocker) && Blockers.Any(b => ContainsPhrase(window, b))) || (window.Length > 24 ? window[^24..] : window).Contains("then-", StringComparison.Ordinal) || window.EndsWith("the then ", StringComparison.Ordinal))
        {
            // "then-Prime Minister Nguyen Tan Dung": named in an office held back then, in a part of the story told from history.
            return false;
        }

        // What follows the name matters only after an invitation: lower-cased then.
        // Every invitation word starts so: a window without it names none.
        if (window.Contains("invit", StringComparison.Ordinal) && InvitationWords.Any(w => ContainsPhrase(window, w)) && text[Math.Min(span.End, sentence.End)..sentence.End].ToLowerInvariant() is var after
            && InvitationFor.Any(w => after.Contains(w, StringComparison.Ordinal))
            && !window.Contains("at the invitation", StringComparison.Ordinal))
        {
            return false;
        }

        var words = sentence.Words;
        if (SaidBefore(sentence.Text, words, sentence.Start, span.End))
        {
            // "Teodoro had said last week that …": a remark before the event, not a part in it.
            return false;
        }

        var nameAt = words.FindIndex(w => sentence.Start + w.Start >= roleStart);
        if (PlannedActs.MeetingPlannedBefore(sentence.Text, words, nameAt < 0 ? words.Count : nameAt))
        {
            // "… is scheduled to meet Emperor Naruhito": the one to be met has not taken part yet.
            return false;
        }

        if (words.Any(w => ActionWords.Contains(w.Key)))
        {
            return true;
        }

        var background = sentence.Text.StartsWith("Earlier,", StringComparison.Ordinal) || sentence.Text.StartsWith("Previously,", StringComparison.Ordinal)
                         || sentence.Text.StartsWith("Before that,", StringComparison.Ordinal);
        return !background && words.Any(w => MessageWords.Contains(w.Key));
    }

    /// <summary>
    /// The last <paramref name="length"/> characters of text[<paramref name="start"/>..<paramref name="end"/>) lower-cased, as
    /// lower-casing all of it and keeping its tail would give, without lower-casing a long sentence's start for nothing.
    /// A letter outside the basic plane is lower-cased as a pair, so a cut inside one takes the whole pair.
    /// </summary>
    private static string LowerTail(string text, int start, int end, int length)
    {
        var from = Math.Max(start, end - length);
        if (from > start && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        var lower = text[from..end].ToLowerInvariant();
        return lower.Length > length ? lower[^length..] : lower;
    }

    /// <summary>The name's own clause puts its act earlier: "had" and a past participle, or "last week" before the next comma.</summary>
    private static bool SaidBefore(string sentenceText, List<WordToken> words, int sentenceStart, int nameEnd)
    {
        var first = 0;
        while (first < words.Count && sentenceStart + words[first].Start < nameEnd)
        {
            first++;
        }

        if (first < words.Count && sentenceText.AsSpan(Math.Min(nameEnd - sentenceStart, words[first].Start), Math.Max(0, words[first].Start - (nameEnd - sentenceStart))).Contains(','))
        {
            // "Lazaro, who visited Tokyo last month, said …": the aside is not the name's own clause; what follows it is.
            first++;
            while (first < words.Count && sentenceText.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).IndexOf(',') < 0)
            {
                first++;
            }
        }

        if (PlannedActs.MeetingPlannedFrom(sentenceText, words, first))
        {
            // "Albanese will welcome Chinh in Canberra next week": a host announced, not one who took part.
            return true;
        }

        if (first + 1 < words.Count && words[first].Key == "had" && !NotParticiple.Contains(words[first + 1].Key))
        {
            return true;
        }

        var clause = new System.Text.StringBuilder(" ");
        for (var k = first; k < words.Count && k < first + 8; k++)
        {
            if (k > first && sentenceText.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(",;") >= 0)
            {
                break;
            }

            clause.Append(words[k].Key).Append(' ');
        }

        return words.Count > first && EarlierTime.InKeys(clause.ToString());
    }

    private static bool ContainsPhrase(string text, string phrase)
    {
        var at = 0;
        while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var startOk = at == 0 || !char.IsLetter(text[at - 1]);
            var endOk = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]);
            if (startOk && endOk)
            {
                return true;
            }

            at++;
        }

        return false;
    }
}
