using System.Globalization;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>
/// What a build prints of its warnings: all of them while they are few; past that the first few, a count per kind and
/// where the whole list is, so that thousands of "not in the people registry" lines do not bury the build's own output.
/// </summary>
public static class WarningSummary
{
    /// <summary>How many warnings a build prints in full before it summarises.</summary>
    public const int Shown = 20;

    /// <summary>
    /// The kinds, by a phrase every message of the kind holds (the messages are written in the extraction code); the
    /// first that matches wins. A message of a kind not listed counts as "other": it is still in the full list.
    /// </summary>
    private static readonly (string Phrase, string Kind)[] Kinds =
    [
        ("is not in the people registry", "people not in the people registry"),
        ("is inferred.", "dates inferred from the text"),
        ("the text has no headline", "titles made from the lede"),
        ("is outside the registry's tenure", "dates outside a registered office's tenure"),
        ("the page shows two dates", "pages showing two dates"),
        ("names another month than", "headers naming another month"),
        ("does not fit it; the", "publication dates the text contradicts"),
        (" in the text, but ", "weekdays that do not fit the date"),
        ("does not fit ", "years the offices named do not allow"),
        ("is not one of the topics in site-config.yml", "front-matter topics not in site-config.yml"),
        ("is not one StaticChronicle reads", "front-matter keys StaticChronicle does not read"),
    ];

    /// <summary>The kind of <paramref name="warning"/>, in words ("people not in the people registry").</summary>
    public static string KindOf(Diagnostic warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        foreach (var (phrase, kind) in Kinds)
        {
            if (warning.Message.Contains(phrase, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return "other warnings";
    }

    /// <summary>
    /// Writes <paramref name="warnings"/> to <paramref name="error"/>: every one when there are at most <see cref="Shown"/>,
    /// otherwise the first <see cref="Shown"/>, then the count of each kind (most frequent first) and
    /// <paramref name="whereAll"/>, the line that says where the whole list is.
    /// </summary>
    public static void Write(TextWriter error, IReadOnlyList<Diagnostic> warnings, string whereAll)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(warnings);
        ArgumentNullException.ThrowIfNull(whereAll);
        foreach (var warning in warnings.Take(Shown))
        {
            error.WriteLine(warning.ToString());
        }

        if (warnings.Count <= Shown)
        {
            return;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"… and {warnings.Count - Shown:N0} more warnings not shown. All {warnings.Count:N0}, by kind:"));
        var counts = warnings.GroupBy(KindOf, StringComparer.Ordinal)
            .Select(g => (Kind: g.Key, Count: g.Count()))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Kind, StringComparer.Ordinal)
            .ToList();
        var width = counts.Max(k => k.Count.ToString("N0", CultureInfo.InvariantCulture).Length);
        foreach (var (kind, count) in counts)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count.ToString("N0", CultureInfo.InvariantCulture).PadLeft(width)}  {kind}"));
        }

        error.WriteLine(whereAll);
    }
}
