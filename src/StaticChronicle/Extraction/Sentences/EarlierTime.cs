namespace StaticChronicle.Extraction.Sentences;

/// <summary>
/// Words that put an act before the reported event ("last week", "earlier this month", "two years ago"): a meeting or
/// a remark dated so is background, not the event.
/// </summary>
public static class EarlierTime
{
    private static readonly string[] Phrases = ["last year", "last month", "last week", "previous", "earlier this", "ago", "last january",
        "last february", "last march", "last april", "last may", "last june", "last july", "last august", "last september",
        "last october", "last november", "last december", "in the past"];

    // As they are looked for among a sentence's keys: whole words, with the spaces around them. Every sentence of
    // every seed is asked, so all the phrases are looked for in one pass rather than one pass each.
    private static readonly System.Buffers.SearchValues<string> AsWords =
        System.Buffers.SearchValues.Create([.. Phrases.Select(e => " " + e + " ")], StringComparison.Ordinal);

    /// <summary>Whether words joined by single spaces, with a space before and after (" he said last week "), date an act earlier.</summary>
    public static bool InKeys(string spacedKeys)
    {
        ArgumentNullException.ThrowIfNull(spacedKeys);
        return spacedKeys.AsSpan().ContainsAny(AsWords);
    }
}
