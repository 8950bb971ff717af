using System.Text.RegularExpressions;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.People;

/// <summary>A word of a text with its position, and its folded lowercase form for matching.</summary>
/// <param name="Text">The word as written, without a possessive "'s".</param>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index after its last character (the possessive, when there is one, lies after it).</param>
/// <param name="Key">Lowercase, diacritics folded: the form names are matched by.</param>
public sealed partial record WordToken(string Text, int Start, int End, string Key)
{
    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+(?:[-'’][\p{L}\p{M}\p{Nd}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Splits <paramref name="text"/> into words.</summary>
    public static List<WordToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value;
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
            {
                word = word[..^2];
            }

            if (!char.IsLetter(word[0]))
            {
                continue;
            }

            tokens.Add(new WordToken(word, m.Index, m.Index + word.Length, FoldKey(word)));
        }

        return tokens;
    }

    /// <summary>Lowercase and diacritics folded, typographic apostrophes unified.</summary>
    public static string FoldKey(string word) => AsciiFolding.Fold(word).ToLowerInvariant().Replace('’', '\'');
}
