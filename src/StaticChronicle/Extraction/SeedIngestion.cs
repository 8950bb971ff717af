using StaticChronicle.Config;

namespace StaticChronicle.Extraction;

/// <summary>Seeds → articles: reads every seed file and extracts its article, collecting all problems.</summary>
public static class SeedIngestion
{
    /// <summary>Ingests <paramref name="seedFiles"/>; one bad seed never stops the others.</summary>
    /// <remarks>Placeholder until the extraction stage lands: no seed yields an article yet.</remarks>
    public static IngestionResult Run(SiteConfig config, IReadOnlyList<string> seedFiles)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(seedFiles);
        return new IngestionResult([], []);
    }
}
