using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace StaticChronicle.Text;

/// <summary>Folds Latin text to plain ASCII letters ("Trương Thị Mai" → "Truong Thi Mai") so names and slugs compare across diacritics.</summary>
/// <remarks>
/// Culture-free on purpose: <see cref="string.Normalize()"/> needs ICU, and without it (globalization-invariant mode,
/// common in containers) leaves "Việt" as it is, which changed slugs from machine to machine. The decompositions
/// come from <see cref="AsciiFoldingTable"/>; marks left on their own are dropped by their Unicode category, which
/// .NET knows without ICU.
/// </remarks>
public static class AsciiFolding
{
    private static readonly FrozenDictionary<int, string> Table = Parse(AsciiFoldingTable.Entries);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Table.TryGetValue(rune.Value, out var folded))
            {
                builder.Append(folded);
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<int, string> Parse(string entries)
    {
        var table = new Dictionary<int, string>();
        foreach (var entry in entries.Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Rune.GetRuneAt(entry, 0);
            table[key.Value] = entry[key.Utf16SequenceLength..];
        }

        return table.ToFrozenDictionary();
    }
}
