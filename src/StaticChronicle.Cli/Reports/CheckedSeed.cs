using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>One row of the check report: what was extracted from a seed and what an editor should look at.</summary>
/// <param name="File">The seed as the user would type its path.</param>
/// <param name="Title">The title, or null when none could be extracted (a seed refused for want of a date still has one).</param>
/// <param name="DateNote">How the date was found ("stated: header '…'").</param>
/// <param name="Date">The date (YYYY-MM-DD), or null when the seed has errors.</param>
/// <param name="People">Names, unregistered ones marked.</param>
/// <param name="Problems">Errors and warnings, errors first.</param>
public sealed record CheckedSeed(
    string File,
    string? Title,
    bool TitleGenerated,
    string? Date,
    string? DateNote,
    IReadOnlyList<string> People,
    IReadOnlyList<Diagnostic> Problems)
{
    public bool HasErrors => Date is null || Problems.Any(p => p.IsError);

    /// <summary>For a seed refused for want of a date: the date-like phrases found and why each was rejected.</summary>
    public IReadOnlyList<StaticChronicle.Extraction.Dates.DateCandidate> DateCandidates { get; init; } = [];

    /// <summary>The whole extraction when the seed gave an article (with or without errors), for <c>--format json</c>.</summary>
    public StaticChronicle.Content.Article? Article { get; init; }

    /// <summary>What was still extracted from a seed refused for want of a date, for <c>--format json</c>.</summary>
    public StaticChronicle.Extraction.SeedFindings? Findings { get; init; }
}
