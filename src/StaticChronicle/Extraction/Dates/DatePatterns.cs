using System.Text.RegularExpressions;

namespace StaticChronicle.Extraction.Dates;

/// <summary>Finds written dates: ISO, "Month DD, YYYY", "DD Month YYYY", "DD/MM/YYYY", and day-month without a year.</summary>
public static partial class DatePatterns
{
    private const string Month =
        "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    [GeneratedRegex(@"(?<![\d-])(?<year>(?:19|20)\d{2})-(?<m>\d{2})-(?<day>\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseDate();

    // Day and month alone; a range ("September 4-7") names a span, not a day, so it is left out.
    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[-–]\s*\d)(?!,?\s+(?:19|20)\d{2})(?!\s*[:/.]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![-–]\s?)\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"\b(?!,?\s+(?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    /// <summary>True when <paramref name="text"/> holds "19" or "20" followed by two more digits (of any script, as the patterns' \d) somewhere.</summary>
    private static bool HasYear(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 3 < text.Length; i++)
        {
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every full date (with year) in <paramref name="text"/>, in order of position.</summary>
    public static List<DateMention> FullDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();

        // Every pattern below needs a year "19xx" or "20xx", most paragraphs have none, and each pattern is a scan of
        // the whole text: the cheap checks first. What they skip could not have matched.
        if (!HasYear(text))
        {
            return found;
        }

        if (text.Contains('-', StringComparison.Ordinal))
        {
            foreach (Match m in IsoDate().Matches(text))
            {
                Add(found, m, Int(m, "year"), Int(m, "m"), Int(m, "day"));
            }
        }

        if (text.Contains('年', StringComparison.Ordinal))
        {
            foreach (Match m in JapaneseDate().Matches(text))
            {
                Add(found, m, Int(m, "year"), Int(m, "m"), Int(m, "day"));
            }
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(found, m, Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(found, m, Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            int a = Int(m, "a"), b = Int(m, "b");
            // Day first, as Vietnamese and most non-US sites write it; a second number over 12 can only be a day.
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            Add(found, m, Int(m, "year"), month, day);
        }

        found.Sort((x, y) => x.Index.CompareTo(y.Index));
        return found;
    }

    /// <summary>Day-and-month mentions with no year ("on September 5", "5 September"), in order of position.</summary>
    public static List<DateMention> DayMonthDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return found;
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            Add(found, m, null, MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            Add(found, m, null, MonthNumber(m.Groups["month"].Value), Int(m, "day"));
        }

        found.Sort((x, y) => x.Index.CompareTo(y.Index));
        return found;
    }

    [GeneratedRegex(@"(?<![\d-])(?<year>(?:19|20)\d{2})-(?<m>\d{2})(?![\d-])|\b" + Month + @"\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthPattern();

    // A weekday the text puts an event on: "on Monday", "agreed Friday", "Tuesday's talks"; a date may follow it.
    [GeneratedRegex(@"\b(?:(?<on>on|last|this|next)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:'s|’s)?", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    /// <summary>A year and month with no day ("2023-12", "December 2023") at the start of a header, or null.</summary>
    public static YearMonthMention? YearMonth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = YearMonthPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var month = m.Groups["m"].Success ? Int(m, "m") : MonthNumber(m.Groups["month"].Value);
        return month is >= 1 and <= 12 ? new YearMonthMention(m.Index, m.Length, Int(m, "year"), month) : null;
    }

    /// <summary>Weekdays named as the day of something ("on Friday", "agreed Friday"), in order of position.</summary>
    public static List<WeekdayMention> Weekdays(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<WeekdayMention>();
        if (!text.Contains("day", StringComparison.Ordinal))
        {
            return found;
        }

        foreach (Match m in WeekdayPattern().Matches(text))
        {
            var before = m.Index;
            while (before > 0 && text[before - 1] == ' ')
            {
                before--;
            }

            // "agreed Friday", "on Friday": a weekday after a lowercase word or "on"; "Friday prayers" at a sentence start is not a date.
            var afterWord = before > 0 && char.IsLower(text[before - 1]);
            if (!m.Groups["on"].Success && !afterWord)
            {
                continue;
            }

            if (m.Groups["on"].Value is "last" or "next" or "this")
            {
                continue;
            }

            var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
            found.Add(new WeekdayMention(m.Index, m.Length, day));
        }

        return found;
    }

    private static void Add(List<DateMention> found, Match m, int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month))
        {
            return;
        }

        if (found.Any(f => m.Index < f.End && f.Index < m.Index + m.Length))
        {
            return;
        }

        found.Add(new DateMention(m.Index, m.Length, year, month, day));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.');
        return key.Length < 3 ? 0 : key[..3].ToUpperInvariant() switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => 0,
        };
    }
}
