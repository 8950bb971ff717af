using StaticChronicle.Content;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Extraction;

/// <summary>What ingesting a set of seeds gave: the articles that could be built and every problem found on the way.</summary>
public sealed record IngestionResult(IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Per seed, in the order given: the article or its errors, and its warnings (what <c>chronicle check</c> reports).</summary>
    public IReadOnlyList<SeedOutcome> Seeds { get; init; } = [];
}
