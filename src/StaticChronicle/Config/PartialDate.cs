using System.Globalization;

namespace StaticChronicle.Config;

/// <summary>A date known to the year, the month or the day ("2009", "2014-03", "2023-11-27"), as milestones are.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The first day the partial date can mean, for ordering it among full dates.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);

    /// <summary>ISO form at the precision known: "2009", "2014-03" or "2023-11-27".</summary>
    public override string ToString() => Day is { } d
        ? $"{Year:D4}-{Month:D2}-{d:D2}"
        : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
