using StaticChronicle.Content;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Extraction;

/// <summary>What one seed gave: its article (null when it has errors) and every problem and warning about it.</summary>
/// <param name="SourcePath">Seed path relative to the site root, '/' separators.</param>
/// <param name="DisplayPath">Seed path as messages show it.</param>
public sealed record SeedOutcome(string SourcePath, string DisplayPath, Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Article is null || Diagnostics.Any(d => d.IsError);

    /// <summary>For a seed refused for want of a date: what was still found (title, people, date candidates); null otherwise.</summary>
    public SeedFindings? Findings { get; init; }
}
