namespace StaticChronicle.Extraction.Dates;

/// <summary>
/// Sentences that tell history rather than the news: "since it resumed aid in 1992", "2023 … had been a
/// remarkable year". A year named there is when something else happened, so it cannot date the article.
/// </summary>
public static class BackgroundClause
{
    /// <summary>Whether the year or phrase at <paramref name="index"/> of <paramref name="text"/> sits in background.</summary>
    public static bool At(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (start, end) = SentenceAround(text, index);
        var before = text.AsSpan(start, index - start);
        if (HasWord(before, "since"))
        {
            return true;
        }

        var sentence = text.AsSpan(start, end - start);
        return sentence.Contains(" had been ", StringComparison.OrdinalIgnoreCase) || HasPastPerfect(sentence);
    }

    private static (int Start, int End) SentenceAround(string text, int index)
    {
        var start = index;
        while (start > 0 && !EndsSentenceAt(text, start - 1))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !EndsSentenceAt(text, end))
        {
            end++;
        }

        return (start, end);
    }

    private static bool EndsSentenceAt(string text, int at) =>
        text[at] == '\n' || (text[at] is '.' or '!' or '?' && (at + 1 == text.Length || text[at + 1] is ' ' or '\n'));

    // "had resumed", "had signed": the past before the past.
    private static bool HasPastPerfect(ReadOnlySpan<char> sentence)
    {
        for (var at = sentence.IndexOf(" had ", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var rest = sentence[(at + 5)..];
            var word = rest[..Math.Max(0, rest.IndexOfAny(' ', ',', '.') is var e and >= 0 ? e : rest.Length)];
            if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 3)
            {
                return true;
            }

            var next = rest.IndexOf(" had ", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 5 + next;
        }

        return false;
    }

    private static bool HasWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var startOk = at == 0 || !char.IsLetter(text[at - 1]);
            var endOk = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (startOk && endOk)
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
