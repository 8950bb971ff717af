using System.Globalization;
using System.Text;

namespace StaticChronicle.Text;

/// <summary>Folds Latin text to plain ASCII letters ("Trương Thị Mai" → "Truong Thi Mai") so names and slugs compare across diacritics.</summary>
/// <remarks>
/// Culture-free on purpose: <see cref="string.Normalize()"/> needs ICU, and without it (globalization-invariant mode,
/// common in containers) leaves "Việt" as it is, which changed slugs from machine to machine. The decomposition is
/// <see cref="UnicodeNormalization"/>'s (ICU4N's own Unicode data); marks are then dropped by their Unicode
/// category, which .NET knows without ICU.
/// </remarks>
public static class AsciiFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = UnicodeNormalization.ToNfd(text);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                // Vietnamese đ has no decomposition: it is a letter of its own.
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return UnicodeNormalization.ToNfc(builder.ToString());
    }
}
