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

    /// <summary>How long the files must stay unchanged before a rebuild starts.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Builds the site; the real build unless a test replaces it.</summary>
    public Func<SiteConfig, BuildResult> Build { get; init; } = config => SiteBuild.FromSeeds(config, new BuildOptions { UseCache = true });
}
