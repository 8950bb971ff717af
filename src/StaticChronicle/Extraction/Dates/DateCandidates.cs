using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronicle.Extraction.Dates;

/// <summary>
/// The dates a text could be from, for an editor to choose among when none could be fixed: every full date it
/// writes, then every day and month it writes with each year it mentions, in order of appearance, each with its words.
/// </summary>
public static partial class DateCandidates
{
    [GeneratedRegex(@"(?<![\d,.$€£¥-])(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>At most <paramref name="limit"/> distinct dates with the words each came from.</summary>
    public static IReadOnlyList<(DateOnly Date, string Words)> Find(string text, int limit = 6)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(DateOnly Date, string Words)>();
        void Add(DateOnly date, string words)
        {
            if (found.Count < limit && found.All(f => f.Date != date))
            {
                found.Add((date, words));
            }
        }

        foreach (var mention in DatePatterns.FullDates(text))
        {
            if (mention.ToDate() is { } date)
            {
                Add(date, $"'{text.Substring(mention.Index, mention.Length)}'");
            }
        }

        var years = Year().Matches(text).Select(m => int.Parse(m.ValueSpan, CultureInfo.InvariantCulture)).Distinct().ToList();
        foreach (var mention in DatePatterns.DayMonthDates(text))
        {
            foreach (var year in years)
            {
                if (mention.Day <= DateTime.DaysInMonth(year, mention.Month))
                {
                    Add(new DateOnly(year, mention.Month, mention.Day), $"'{text.Substring(mention.Index, mention.Length)}' with the year {year} from the text");
                }
            }
        }

        return found;
    }
}
