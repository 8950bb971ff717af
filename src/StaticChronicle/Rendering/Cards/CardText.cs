using System.Globalization;
using System.Text;
using StaticChronicle.Text;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// Makes a title drawable in the card font: NFC (Vietnamese as precomposed letters, which the font has), a
/// letter with a mark the font lacks folded to its base letter, typographic look-alikes swapped in, and
/// anything else (kanji, emoji) left out on purpose rather than drawn as a missing-glyph box. Brackets left
/// empty by that ("Kishida (岸田文雄)") go too, and the spaces close up.
/// </summary>
public static class CardText
{
    public static string Drawable(string text, Func<int, bool> covers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(covers);
        var nfc = UnicodeNormalization.ToNfc(text);
        var kept = new StringBuilder(nfc.Length);
        foreach (var rune in nfc.EnumerateRunes())
        {
            Append(kept, rune, covers);
        }

        return Tidy(kept.ToString());
    }

    private static void Append(StringBuilder kept, Rune rune, Func<int, bool> covers)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
        {
            kept.Append(' ');
            return;
        }

        if (covers(rune.Value))
        {
            kept.Append(rune.ToString());
            return;
        }

        if (LookAlike(rune.Value) is { } swap)
        {
            kept.Append(swap);
            return;
        }

        // A letter with a mark the font does not have ("ǹ", "ș" in a subset without it): its base letter reads better than a gap.
        var decomposed = UnicodeNormalization.ToNfd(rune.ToString());
        if (decomposed.Length > 0 && Rune.GetRuneAt(decomposed, 0) is var first && first != rune && covers(first.Value))
        {
            kept.Append(first.ToString());
            foreach (var part in decomposed.EnumerateRunes().Skip(1))
            {
                if (covers(part.Value) && Rune.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    kept.Append(part.ToString());
                }
            }

            return;
        }

        // A wide form or ideographic punctuation between two kept words still separates them.
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherPunctuation or UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation)
        {
            kept.Append(' ');
        }
    }

    private static string? LookAlike(int codePoint) => codePoint switch
    {
        0x3000 => " ",
        0x3001 or 0xFF0C => ",",
        0x3002 => ".",
        0xFF08 or 0x300C or 0x300E or 0x3010 => "(",
        0xFF09 or 0x300D or 0x300F or 0x3011 => ")",
        0xFF1A => ":",
        0x30FB => "·",
        >= 0xFF01 and <= 0xFF5E => ((char)(codePoint - 0xFEE0)).ToString(),
        _ => null,
    };

    /// <summary>Drops brackets left with nothing inside, closes up runs of spaces and spaces before punctuation.</summary>
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && (result.Length == 0 || result[^1] == ' ' || result[^1] == '('))
            {
                continue;
            }

            if (c is ')' or ']' && result.Length > 0)
            {
                var open = c == ')' ? '(' : '[';
                var end = result.Length;
                while (end > 0 && result[end - 1] == ' ')
                {
                    end--;
                }

                if (end > 0 && result[end - 1] == open)
                {
                    result.Length = end - 1;
                    while (result.Length > 0 && result[^1] == ' ')
                    {
                        result.Length--;
                    }

                    // The brackets stood between two words ("Fumio（岸田文雄）meets"): they still do, as a space.
                    if (result.Length > 0)
                    {
                        result.Append(' ');
                    }

                    continue;
                }
            }

            if (c is ',' or '.' or ':' or ';' or ')' or '!' or '?' && result.Length > 0 && result[^1] == ' ')
            {
                result.Length--;
            }

            // A word left out between two commas ("Tokyo, 東京, welcomes") leaves one comma, not two.
            if (c is ',' or ';' && result.Length > 0 && result[^1] is ',' or ';')
            {
                continue;
            }

            result.Append(c);
        }

        var tidy = result.ToString().Trim();

        // Punctuation only ("·", ","): nothing was left to read.
        return tidy.Any(char.IsLetterOrDigit) ? tidy : "";
    }
}
