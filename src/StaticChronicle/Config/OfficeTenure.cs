using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronicle.Config;

/// <summary>
/// An office a registry person held and when: <c>{office: President of Vietnam, from: 2024-05-22, to: 2024-10-21}</c>,
/// or read from the short form "President of Vietnam (2024)" / "(2021–)" / "(2006–2007, 2012–2020)".
/// A missing <paramref name="From"/> or <paramref name="To"/> is open on that side.
/// </summary>
public sealed partial record OfficeTenure(string Office, PartialDate? From, PartialDate? To)
{
    [GeneratedRegex(@"^(?<office>.+?)\s*\((?<spans>[^()]*\d{4}[^()]*)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"(?<from>\d{4}(?:-\d{2}){0,2})\s*(?:(?<dash>[–—-]|to)\s*(?<to>\d{4}(?:-\d{2}){0,2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    /// <summary>The first day of the tenure, or <see cref="DateOnly.MinValue"/> when open.</summary>
    public DateOnly Start => From?.Earliest ?? DateOnly.MinValue;

    /// <summary>The last day of the tenure (the end of a year or month given without a day), or <see cref="DateOnly.MaxValue"/>.</summary>
    public DateOnly End => To is { } t
        ? t.Day is { } d ? new DateOnly(t.Year, t.Month!.Value, d)
        : t.Month is { } m ? new DateOnly(t.Year, m, DateTime.DaysInMonth(t.Year, m))
        : new DateOnly(t.Year, 12, 31)
        : DateOnly.MaxValue;

    public bool Covers(DateOnly date) => date >= Start && date <= End;

    /// <summary>"May 2024 – October 2024", "from August 2024", in words for evidence.</summary>
    public string Period => (From, To) switch
    {
        ({ } f, { } t) when f.Equals(t) => Words(f),
        ({ } f, { } t) => $"{Words(f)} to {Words(t)}",
        ({ } f, null) => $"from {Words(f)}",
        (null, { } t) => $"until {Words(t)}",
        _ => "at some time",
    };

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string Words(PartialDate date) => date switch
    {
        { Month: { } m, Day: { } d } => string.Create(CultureInfo.InvariantCulture, $"{d} {MonthNames[m - 1]} {date.Year}"),
        { Month: { } m } => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[m - 1]} {date.Year}"),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The tenures a role written in the short form names; none when it gives no years.</summary>
    public static IReadOnlyList<OfficeTenure> FromRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var m = ShortForm().Match(role);
        if (!m.Success)
        {
            return [];
        }

        var office = m.Groups["office"].Value.Trim();
        var tenures = new List<OfficeTenure>();
        foreach (Match span in Span().Matches(m.Groups["spans"].Value))
        {
            if (!PartialDate.TryParse(span.Groups["from"].Value, out var from))
            {
                continue;
            }

            PartialDate? to = span.Groups["to"].Success && PartialDate.TryParse(span.Groups["to"].Value, out var t) ? t
                : span.Groups["dash"].Success ? null : from;
            tenures.Add(new OfficeTenure(office, from, to));
        }

        return tenures;
    }
}
