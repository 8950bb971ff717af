using StaticChronicle.Content;
using StaticChronicle.Extraction.Dates;

namespace StaticChronicle.Extraction;

/// <summary>
/// Everything extracted from a seed that was refused (no date could be fixed), so that <c>chronicle check</c>
/// still shows the title, the people and the date candidates and the editor only has to add the date.
/// </summary>
public sealed record SeedFindings(
    string Title,
    bool TitleGenerated,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Topics,
    IReadOnlyList<DateCandidate> DateCandidates);
