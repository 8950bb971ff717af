using StaticChronicle.Rendering;

namespace StaticChronicle.Build;

/// <summary>How to run a build beyond what the configuration says.</summary>
public sealed record BuildOptions
{
    /// <summary>Receives stage and page-count reports (called from worker threads).</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>"Built at" text for the footer; null (the default) keeps builds byte-identical.</summary>
    public string? BuiltAt { get; init; }

    /// <summary>Index the built site with Pagefind (<c>build --search</c>) and add the search page and box.</summary>
    public bool Search { get; init; }

    /// <summary>
    /// Use the incremental build cache in <c>.chronicle/cache/</c>: reuse unchanged seeds' extraction, render only pages
    /// whose inputs changed, stop early when nothing changed. Off: the build neither reads nor writes the cache.
    /// </summary>
    public bool UseCache { get; init; }

    /// <summary>Loads the templates folder into a renderer; the Scriban-language engine unless replaced.</summary>
    public Func<string, ITemplateRenderer> LoadTemplates { get; init; } = ScribanTemplates.Load;
}
