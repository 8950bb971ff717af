using StaticChronicle.Build;
using StaticChronicle.Config;

namespace StaticChronicle.Cli.Serving;

/// <summary>How <c>chronicle serve</c> runs: which site, which port, where the preview is built and how.</summary>
/// <param name="ConfigFile">The site configuration file.</param>
/// <param name="Overrides">Command-line paths; the base URL is always replaced by the local server's.</param>
/// <param name="Port">TCP port on 127.0.0.1; 0 picks a free one.</param>
public sealed record ServeOptions(string ConfigFile, ConfigOverrides Overrides, int Port)
{
    /// <summary>Where the preview is built when no --output is given: inside the git-ignored <c>.chronicle/</c>, never over <c>_site/</c>.</summary>
    public const string DefaultOutput = ".chronicle/serve";

    /// <summary>
    /// How long the files must stay unchanged before a rebuild starts. An editor's save is a burst of events a few
    /// milliseconds apart; every millisecond waited here is one more between the save and the page's reload.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>
    /// When a template change alters more pages than this, the browser reloads after one page of each template is
    /// rendered; the others are rendered right after, or when a browser asks for one (Hugo's server works so).
    /// </summary>
    public int RenderFirst { get; init; } = 200;

    /// <summary>
    /// Builds the site; null (the default) is the real build, an <see cref="IncrementalSiteBuild"/> that keeps
    /// extraction, templates and page fingerprints in memory between rebuilds. Tests replace it.
    /// </summary>
    public Func<SiteConfig, BuildResult>? Build { get; init; }
}
