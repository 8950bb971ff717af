using StaticChronicle.Diagnostics;

namespace StaticChronicle.Build;

/// <summary>What a finished build did: pages and files written, warnings for editors, time taken.</summary>
public sealed record BuildResult(int Articles, int Pages, int Files, IReadOnlyList<Diagnostic> Warnings, TimeSpan Elapsed, string OutputDirectory)
{
    /// <summary>Pages rendered by this build; the others were published by an earlier one and did not change.</summary>
    public int PagesRendered { get; init; } = Pages;

    /// <summary>Pages this build left to be rendered later (<see cref="IncrementalSiteBuild.DeferPagesAbove"/>); 0 for a complete site.</summary>
    public int PagesDeferred { get; init; }

    /// <summary>Social cards drawn by this build; the others were published by an earlier one and show the same.</summary>
    public int CardsDrawn { get; init; }

    /// <summary>Seeds extracted by this build; the others came from the cache.</summary>
    public int SeedsExtracted { get; init; }
    public int SeedsReused { get; init; }

    /// <summary>True when the cache showed that nothing had changed since the last build, which was left as it was.</summary>
    public bool NothingChanged { get; init; }

    /// <summary>True when the cache showed that no article changed but in its body, so only those articles' pages were looked at.</summary>
    public bool OnlyBodiesChanged { get; init; }

    /// <summary>Why parts of the build cache were ignored, one line each.</summary>
    public IReadOnlyList<string> CacheNotes { get; init; } = [];

    /// <summary>What the build did before building, such as finishing a publish an interrupted build left half done; one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The published site's total size and heaviest page; null when the build left the site as it was.</summary>
    public PageWeight? Weight { get; init; }
}
