using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>One row of the check report: what was extracted from a seed and what an editor should look at.</summary>
/// <param name="File">The seed as the user would type its path.</param>
/// <param name="Title">The title, or null when the seed has errors.</param>
/// <param name="DateNote">How the date was found ("stated: header '…'").</param>
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
    public bool HasErrors => Title is null || Problems.Any(p => p.IsError);
}
