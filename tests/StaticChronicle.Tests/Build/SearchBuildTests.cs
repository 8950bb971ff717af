using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

public sealed class SearchBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        var templates = _temp.Combine("templates");
        Directory.CreateDirectory(templates);
        return new ConfigOverrides(OutputDirectory: _temp.Combine("site"), TemplatesDirectory: templates).ApplyTo(SampleSite.Config());
    }

    [Fact]
    public void A_search_build_writes_the_pagefind_index_and_the_search_page_into_the_published_site()
    {
        // The sample site is the repository's: its node_modules (npm ci) is found from the site's folder.
        var config = Config();

        var result = SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { Search = true, LoadTemplates = _ => new EchoTemplates() });

        Assert.True(File.Exists(Path.Combine(config.OutputDirectory, "pagefind", "pagefind.js")), "no search index");
        Assert.True(File.Exists(Path.Combine(config.OutputDirectory, "search", "index.html")), "no search page");
        Assert.Equal(Directory.EnumerateFiles(config.OutputDirectory, "*", SearchOption.AllDirectories).Count(), result.Files);
    }

    [Fact]
    public void A_build_without_search_has_no_index_and_no_search_page()
    {
        var config = Config();

        SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates() });

        Assert.True(File.Exists(Path.Combine(config.OutputDirectory, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(config.OutputDirectory, "pagefind")));
        Assert.False(Directory.Exists(Path.Combine(config.OutputDirectory, "search")));
    }

    [Fact]
    public void A_search_build_without_pagefind_installed_fails_before_touching_the_output_and_says_npm_ci()
    {
        // A site in a temporary folder: no node_modules there or above it.
        var config = Config() with { RootDirectory = _temp.Path };
        Directory.CreateDirectory(config.OutputDirectory);
        File.WriteAllText(Path.Combine(config.OutputDirectory, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(config.OutputDirectory, "index.html"), "previous site");
        Assert.False(Directory.Exists(Path.Combine(config.RootDirectory, "node_modules")), "the sample site is expected outside any npm install");

        var e = Assert.Throws<Diagnostics.DiagnosticException>(() =>
            SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { Search = true, LoadTemplates = _ => new EchoTemplates() }));

        Assert.Contains("npm ci", e.Message, StringComparison.Ordinal);
        Assert.Equal("previous site", File.ReadAllText(Path.Combine(config.OutputDirectory, "index.html")));
    }
}
