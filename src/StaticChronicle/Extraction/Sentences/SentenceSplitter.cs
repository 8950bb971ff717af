using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Sentences;

/// <summary>
/// Splits texts into sentences at '.', '!' and '?', also where a paste lost the space after the stop
/// ("the world.The official said"), but not after an initial, a title abbreviation or a month ("Mr. Kim", "Dec. 5", "U.S.").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "gen", "col", "lt", "sen", "rep", "gov", "vs", "inc", "co", "corp", "ltd", "jr", "sr",
    };

    // Looked up at every stop of every article: by span, not by a new string per stop.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<ArticleSentence> Split(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Split(texts, texts.Select(WordToken.Split).ToList());
    }

    /// <summary>
    /// As <see cref="Split(IReadOnlyList{string})"/>, giving each sentence its share of <paramref name="words"/> (each text's
    /// <see cref="WordToken.Split"/>). A word never crosses a sentence's edge (a stop and the quotes after it are not word
    /// characters, and what lies between sentences is white space), so the share is what splitting the sentence would give.
    /// </summary>
    public static List<ArticleSentence> Split(IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        var sentences = new List<ArticleSentence>();
        for (var t = 0; t < texts.Count; t++)
        {
            Split(t, texts[t], words[t], sentences);
        }

        return sentences;
    }

    private static void Split(int t, string text, List<WordToken> words, List<ArticleSentence> into)
    {
        var next = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next stop: a vectorised search instead of a test of every character.
            var stop = text.AsSpan(i).IndexOfAny(Stops);
            if (stop < 0)
            {
                break;
            }

            i += stop;
            if (!EndsSentence(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or '/' or '.')
            {
                end++;
            }

            Add(t, text, start, end, words, ref next, into);
            start = end;
            i = end - 1;
        }

        Add(t, text, start, text.Length, words, ref next, into);
    }

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create(".!?");

    private static bool EndsSentence(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]) || AbbreviationLookup.Contains(word))
        {
            return false;
        }

        var next = text[i + 1];
        if (char.IsWhiteSpace(next) || next is '"' or '”' or '/' or ')')
        {
            return true;
        }

        // "the world.The official": a lowercase word, the stop, then a capitalised word with lowercase letters.
        return char.IsUpper(next) && i > 0 && char.IsLower(text[i - 1]) && i + 2 < text.Length && char.IsLower(text[i + 2]);
    }

    private static void Add(int t, string text, int start, int end, List<WordToken> words, ref int next, List<ArticleSentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end <= start)
        {
            return;
        }

        var first = next;
        while (next < words.Count && words[next].Start < end)
        {
            next++;
        }

        var own = new List<WordToken>(next - first);
        for (var k = first; k < next; k++)
        {
            var word = words[k];
            own.Add(start == 0 ? word : word with { Start = word.Start - start, End = word.End - start });
        }

        into.Add(new ArticleSentence(t, start, end, text[start..end]) { Words = own });
    }
}
