using StaticChronicle.Content;
using StaticChronicle.Extraction;

namespace StaticChronicle.Cli.Reports;

/// <summary>The result of <c>chronicle check</c> as data, so each output form (terminal table, plain text, …) only renders it.</summary>
public sealed record CheckReport(IReadOnlyList<CheckedSeed> Seeds)
{
    public int ErrorCount => Seeds.Sum(s => s.Problems.Count(p => p.IsError));

    public int WarningCount => Seeds.Sum(s => s.Problems.Count(p => !p.IsError));

    public bool HasErrors => Seeds.Any(s => s.HasErrors);

    public static CheckReport From(IngestionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckReport(result.Seeds.Select(s => new CheckedSeed(
            s.DisplayPath,
            s.Article?.Title ?? s.Findings?.Title,
            s.Article?.TitleGenerated ?? s.Findings?.TitleGenerated ?? false,
            s.HasErrors ? null : s.Article?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.Article is { } a && !s.HasErrors ? $"{FrontMatterPage.KindName(a.DateKind)}: {a.DateEvidence}" : null,
            (s.Article?.People ?? s.Findings?.People ?? []).Select(p => p.Registered ? p.Name : p.Name + " (unregistered)").ToList(),
            s.Diagnostics.OrderByDescending(d => d.IsError).ToList())
        {
            DateCandidates = s.Findings?.DateCandidates ?? [],
            Article = s.Article,
            Findings = s.Findings,
        }).ToList());
    }

    /// <summary>The closing line: how many seeds, how many with errors, how many warnings.</summary>
    public string Summary =>
        $"{Seeds.Count} seed{(Seeds.Count == 1 ? "" : "s")} checked: {Seeds.Count(s => !s.HasErrors)} ok, {Seeds.Count(s => s.HasErrors)} with errors; {ErrorCount} error{(ErrorCount == 1 ? "" : "s")}, {WarningCount} warning{(WarningCount == 1 ? "" : "s")}.";
}
