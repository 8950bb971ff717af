using System.Globalization;
using System.Text;

namespace StaticChronicle.Text;

/// <summary>Folds Latin text to plain ASCII letters ("Trương Thị Mai" → "Truong Thi Mai") so names and slugs compare across diacritics.</summary>
public static class AsciiFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
