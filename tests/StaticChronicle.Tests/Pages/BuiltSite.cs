using StaticChronicle.Build;
using StaticChronicle.Content;
using StaticChronicle.Rendering;
using StaticChronicle.Tests.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Pages;

/// <summary>The sample articles built with the repository's real templates into a temporary folder, for tests that read the pages.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
        : this(SampleSite.Articles, "https://example.github.io/chronicle/")
    {
    }

    public BuiltSite(IReadOnlyList<Article> articles, string baseUrl, Func<StaticChronicle.Config.SiteConfig, StaticChronicle.Config.SiteConfig>? configure = null)
    {
        Root = Directory.CreateTempSubdirectory("chronicle-site-").FullName;
        Output = Path.Combine(Root, "chronicle");
        var config = new StaticChronicle.Config.ConfigOverrides(OutputDirectory: Output, TemplatesDirectory: RepositoryPaths.Templates)
            .ApplyTo(SampleSite.Config(baseUrl: baseUrl));
        config = configure?.Invoke(config) ?? config;
        Result = SiteBuild.Run(config, articles, new BuildOptions { LoadTemplates = ScribanTemplates.Load });
    }

    /// <summary>The folder that holds the site folder, as a web server's document root would for a sub-path site.</summary>
    public string Root { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
