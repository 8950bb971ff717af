using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Roles;

/// <summary>
/// What the people registry says a person's office was on a date. The registry writes tenures in the role's text
/// ("Prime Minister of Japan (2021–2024)", "(2006–2007, 2012–2020)", "(2019–)"); this is the one place that reads
/// them, so a registry with structured tenures only changes this file.
/// </summary>
public static partial class RegistryRoles
{
    [GeneratedRegex(@"^(?<title>.*?)\s*\((?<spans>[\d–\-, ]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WithYears();

    [GeneratedRegex(@"(?<from>\d{4})\s*[–-]\s*(?<to>\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpan();

    /// <summary>The office held on <paramref name="date"/> as the registry writes it (years removed), or null.</summary>
    public static string? At(PersonEntry entry, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string? untimed = null;
        foreach (var role in entry.Roles)
        {
            var m = WithYears().Match(role);
            if (!m.Success)
            {
                untimed ??= role.Trim();
                continue;
            }

            if (Spans(m.Groups["spans"].Value).Any(s => s.From <= date.Year && date.Year <= s.To))
            {
                return m.Groups["title"].Value.Trim();
            }
        }

        return IsHistorical(entry, date) ? null : untimed;
    }

    /// <summary>Whether every office the registry dates for the person ended before <paramref name="date"/>'s year (and it dates some).</summary>
    public static bool IsHistorical(PersonEntry entry, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var spans = entry.Roles.Select(r => WithYears().Match(r)).Where(m => m.Success).SelectMany(m => Spans(m.Groups["spans"].Value)).ToList();
        return spans.Count > 0 && spans.All(s => s.To < date.Year);
    }

    private static IEnumerable<(int From, int To)> Spans(string text) =>
        YearSpan().Matches(text).Select(m => (
            int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture),
            m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : int.MaxValue));
}
