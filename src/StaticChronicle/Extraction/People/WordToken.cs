using System.Globalization;
using System.Text;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.People;

/// <summary>A word of a text with its position, and its folded lowercase form for matching.</summary>
/// <param name="Text">The word as written, without a possessive "'s".</param>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index after its last character (the possessive, when there is one, lies after it).</param>
/// <param name="Key">Lowercase, diacritics folded: the form names are matched by.</param>
public sealed record WordToken(string Text, int Start, int End, string Key)
{
    // An article repeats its words and a corpus shares most of them, so each thread keeps the words it has
    // seen with their keys: a word costs a lookup instead of two new strings. Bounded, then started afresh.
    private const int MaxRememberedWords = 65_536;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Splits <paramref name="text"/> into words: letters and digits, joined by inner hyphens and apostrophes.</summary>
    public static List<WordToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // About one word per six characters in the seeds: room for them at once rather than growing the list five times.
        var tokens = new List<WordToken>((text.Length / 6) + 1);
        // The lookup is fetched once per text, not once per word: fetching it checks the comparer's type each time.
        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (NextBounds(text, ref i, out var start, out var end))
        {
            var (word, key) = Remembered(keys, lookup, text.AsSpan(start, end - start));
            tokens.Add(new WordToken(word, start, end, key));
        }

        return tokens;
    }

    /// <summary>The first word of <paramref name="text"/>, as <see cref="Split(string)"/> would give it, or null: without splitting the rest.</summary>
    public static WordToken? First(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        return NextBounds(text, ref i, out var start, out var end) ? At(text, start, end) : null;
    }

    /// <summary>
    /// Where the words of <paramref name="text"/> stand, as <see cref="Split(string)"/> finds them, without making them:
    /// for a caller that reads only a few of many (see <see cref="At"/>).
    /// </summary>
    public static void Bounds(ReadOnlySpan<char> text, List<(int Start, int End)> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var i = 0;
        while (NextBounds(text, ref i, out var start, out var end))
        {
            into.Add((start, end));
        }
    }

    /// <summary>The word at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, one of its <see cref="Bounds"/>.</summary>
    public static WordToken At(ReadOnlySpan<char> text, int start, int end)
    {
        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var (word, key) = Remembered(keys, keys.GetAlternateLookup<ReadOnlySpan<char>>(), text[start..end]);
        return new WordToken(word, start, end, key);
    }

    /// <summary>The next word from <paramref name="i"/> on (moved past it); false when there is none.</summary>
    private static bool NextBounds(ReadOnlySpan<char> text, ref int i, out int start, out int end)
    {
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
            {
                i++;
            }

            end = i;
            if (end - start > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’')
            {
                end -= 2;
            }

            if (char.IsLetter(text[start]))
            {
                return true;
            }
        }

        start = end = 0;
        return false;
    }

    private static (string Word, string Key) Remembered(
        Dictionary<string, string> keys, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var known, out var key))
        {
            return (known, key);
        }

        if (keys.Count >= MaxRememberedWords)
        {
            keys.Clear();
        }

        var text = word.ToString();
        key = FoldKey(text);
        keys[text] = key;
        return (text, key);
    }

    private static bool IsWordChar(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’';

    /// <summary>Lowercase and diacritics folded, typographic apostrophes unified.</summary>
    public static string FoldKey(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // Most words are plain ASCII; folding (two Unicode normalisations) is only needed for the others.
        return Ascii.IsValid(word) ? word.ToLowerInvariant() : AsciiFolding.Fold(word).ToLowerInvariant().Replace('’', '\'');
    }

    /// <summary>The keys of tokens [from, to) joined by single spaces: the lookup form of a phrase.</summary>
    public static string JoinKeys(List<WordToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (to - from == 1)
        {
            return tokens[from].Key;
        }

        var builder = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k > from)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[k].Key);
        }

        return builder.ToString();
    }
}
