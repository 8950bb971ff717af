using System.Collections.Frozen;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Sentences;

/// <summary>
/// Meetings an article announces rather than reports: "is scheduled to hold talks with", "will meet",
/// "there will be meetings between", "said he would receive". Whoever such a clause names has not met anyone
/// yet, and a wrong "met" is worse than none.
/// </summary>
public static class PlannedActs
{
    private static readonly string[][] Markers =
    [
        ["scheduled", "to"], ["expected", "to"], ["set", "to"], ["slated", "to"], ["due", "to"], ["plans", "to"],
        ["plan", "to"], ["planned", "to"], ["planning", "to"], ["intends", "to"], ["going", "to"], ["is", "to"],
        ["are", "to"], ["will"], ["would"], ["shall"], ["upcoming"], ["forthcoming"],
    ];

    // Every word of a meeting's sentence is asked whether a marker starts there: most words start none, and one
    // set lookup says so instead of a walk over all the markers.
    private static readonly FrozenSet<string> MarkerFirstWords = Markers.Select(m => m[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MeetingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "meet", "meeting", "meetings", "talks", "talk", "receive", "visit", "host", "call", "greet", "welcome", "see", "hold",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A plan governs its own clause only: "Japan will keep its aid, Kishida said at talks with Chinh" reports talks held.
    private static readonly FrozenSet<string> ReportingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "added", "noted", "affirmed", "stressed", "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether, among <paramref name="words"/>[0..<paramref name="end"/>) of <paramref name="text"/>, a plan marker comes
    /// before a meeting verb in the same clause.
    /// </summary>
    public static bool MeetingPlannedBefore(string text, IReadOnlyList<WordToken> words, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var planned = false;
        for (var i = 0; i < end && i < words.Count; i++)
        {
            if (i > 0 && (BreaksClause(text, words[i - 1].End, words[i].Start) || ReportingVerbs.Contains(words[i].Key)))
            {
                planned = false;
            }

            if (planned && MeetingVerbs.Contains(words[i].Key))
            {
                return true;
            }

            planned |= StartsMarker(words, i);
        }

        return false;
    }

    /// <summary>
    /// Whether the clause that starts at <paramref name="first"/> (the words after someone's name) announces a meeting:
    /// "Albanese will welcome Chinh", "Kishida is expected to host". The one who will act has not taken part yet.
    /// </summary>
    public static bool MeetingPlannedFrom(string text, IReadOnlyList<WordToken> words, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var i = first;
        if (i < words.Count && words[i].Key is "also" or "then" or "later")
        {
            i++;
        }

        if (i + 1 < words.Count && words[i].Key is "is" or "are" && !StartsMarker(words, i) && StartsMarker(words, i + 1))
        {
            // "is expected to", "is scheduled to"
            i++;
        }

        if (i >= words.Count || !StartsMarker(words, i) || words[i].Key is "upcoming" or "forthcoming" or "would")
        {
            return false;
        }

        for (var k = i + 1; k < words.Count && k < i + 6; k++)
        {
            if (BreaksClause(text, words[k - 1].End, words[k].Start))
            {
                return false;
            }

            if (MeetingVerbs.Contains(words[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:–—()");

    private static bool BreaksClause(string text, int from, int to) =>
        text.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(ClauseBreaks) >= 0;

    private static bool StartsMarker(IReadOnlyList<WordToken> words, int at)
    {
        if (at >= words.Count || !MarkerFirstWords.Contains(words[at].Key))
        {
            return false;
        }

        foreach (var marker in Markers)
        {
            if (at + marker.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < marker.Length && all; k++)
            {
                all = words[at + k].Key == marker[k];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
