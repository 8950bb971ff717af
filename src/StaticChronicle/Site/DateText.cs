using System.Globalization;

namespace StaticChronicle.Site;

/// <summary>Dates as the site prints them, in the invariant culture so every build reads the same ("5 September 2023").</summary>
public static class DateText
{
    public static string Full(DateOnly date) =>
        $"{date.Day} {MonthName(date.Month)} {date.Year:D4}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"September 2023".</summary>
    public static string MonthYear(int year, int month) => $"{MonthName(month)} {year:D4}";
}
