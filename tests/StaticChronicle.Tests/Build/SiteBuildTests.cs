using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

public sealed class SiteBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        var templates = _temp.Combine("templates");
        Directory.CreateDirectory(Path.Combine(templates, "assets"));
        File.WriteAllText(Path.Combine(templates, "assets", "style.css"), "body{}");
        return new ConfigOverrides(OutputDirectory: _temp.Combine("site"), TemplatesDirectory: templates).ApplyTo(SampleSite.Config());
    }

    private static BuildResult Build(SiteConfig config, string? failOn = null) =>
        SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates(failOn) });

    [Fact]
    public void A_build_writes_every_page_and_data_file()
    {
        var config = Config();
        var result = Build(config);

        string[] expected =
        [
            "index.html", "404.html", "timeline/index.html", "timeline/2023/index.html", "timeline/1973/index.html",
            "articles/2025-04-27-party-chief-receives-japanese-pm-in-hanoi/index.html",
            "people/index.html", "people/kishida-fumio/index.html", "topics/index.html", "topics/trade-investment/index.html",
            "anniversary/index.html", "feed.xml", "sitemap.xml", "robots.txt", ".nojekyll", "timeline.json",
            "data/articles.json", "data/people.json", "assets/style.css",
        ];
        foreach (var file in expected)
        {
            Assert.True(File.Exists(Path.Combine(config.OutputDirectory, file)), file + " is missing");
        }

        Assert.Equal(5, result.Articles);
        Assert.Equal(Directory.EnumerateFiles(config.OutputDirectory, "*", SearchOption.AllDirectories).Count(), result.Files);
        Assert.Contains("<title>Party chief receives Japanese PM in Hanoi</title>",
            File.ReadAllText(Path.Combine(config.OutputDirectory, "articles/2025-04-27-party-chief-receives-japanese-pm-in-hanoi/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_the_build_did_not_produce_are_not_left_behind()
    {
        var config = Config();
        Directory.CreateDirectory(config.OutputDirectory);
        // A previous output (the build replaces only those): its marker, and a page the new build does not make.
        File.WriteAllText(Path.Combine(config.OutputDirectory, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(config.OutputDirectory, "stale.html"), "old");
        var beside = _temp.Combine("beside.txt");
        File.WriteAllText(beside, "keep me");

        Build(config);

        Assert.False(File.Exists(Path.Combine(config.OutputDirectory, "stale.html")));
        Assert.True(File.Exists(beside));
        Assert.Equal(["beside.txt"], Directory.EnumerateFiles(_temp.Path).Select(Path.GetFileName));
        Assert.Equal(["site", "templates"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched_and_says_where()
    {
        var config = Config();
        Build(config);
        var before = Snapshot(config.OutputDirectory);

        var e = Assert.Throws<DiagnosticException>(() => Build(config, failOn: "person.sbn-html"));

        var problem = Assert.Single(e.Diagnostics);
        Assert.Equal("templates/person.sbn-html:3:7: error: something is wrong here.", problem.ToString());
        Assert.Equal(before, Snapshot(config.OutputDirectory));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_temp.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_folder()
    {
        var config = Config();
        Assert.Throws<DiagnosticException>(() => Build(config, failOn: "layout.sbn-html"));
        Assert.False(Directory.Exists(config.OutputDirectory));
        Assert.Equal(["templates"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText, StringComparer.Ordinal);
}
