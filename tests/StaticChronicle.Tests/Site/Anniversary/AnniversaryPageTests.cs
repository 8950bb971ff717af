using System.Text.RegularExpressions;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Rendering;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Site.Anniversary;

/// <summary>The anniversary page built from real seeds through extraction: the five repository seeds, and a second chronicle.</summary>
public sealed partial class AnniversaryPageTests
{
    private static string Folder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    /// <summary>Extracts the seeds of <paramref name="configPath"/>'s site and builds it with the repository's templates into a temporary folder.</summary>
    private static (Dictionary<string, string> Pages, IngestionResult Ingestion) Build(string configPath)
    {
        var root = Directory.CreateTempSubdirectory("chronicle-anniversary-").FullName;
        try
        {
            var loaded = SiteConfigLoader.Load(configPath);
            var config = new ConfigOverrides(OutputDirectory: Path.Combine(root, "site"), TemplatesDirectory: RepositoryPaths.Templates).ApplyTo(loaded);
            var ingestion = SeedIngestion.Run(config, SeedFiles.Enumerate(config.SeedsDirectory, config.RootDirectory));
            Assert.False(ingestion.HasErrors, string.Join('\n', ingestion.Diagnostics));
            SiteBuild.Run(config, ingestion.Articles, new BuildOptions { LoadTemplates = ScribanTemplates.Load });
            var output = Path.Combine(root, "site", "anniversary");
            var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllText);
            return (pages, ingestion);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex Id();

    [Fact]
    public void At_the_five_seeds_the_page_is_the_approved_one_and_lists_each_article_once()
    {
        var (pages, _) = Build(RepositoryPaths.SiteConfig);
        var html = pages["index.html"];
        Snapshot.Verify(html, "html");

        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        foreach (var slug in ids.Where(i => i.StartsWith("20", StringComparison.Ordinal)))
        {
            Assert.Single(Regex.Matches(html, $"href=\"/chronicle/articles/{slug}/\""));
        }
    }

    [Fact]
    public void A_Vietnam_Korea_chronicle_gets_its_own_page_and_nothing_of_the_first_site()
    {
        var (pages, ingestion) = Build(Path.Combine(Folder(), "Korea", "site-config.yml"));
        var html = Assert.Single(pages).Value;
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        Assert.Contains("Vietnam and Korea established diplomatic relations", main, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"1992-12-22\">22 December 1992</time>", main, StringComparison.Ordinal);
        Assert.Contains("2022 marked the 30th anniversary", main, StringComparison.Ordinal);
        Assert.Contains("The road to the 30th", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Japan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1973", html, StringComparison.Ordinal);
        Assert.DoesNotContain("50th", html, StringComparison.Ordinal);

        // The road (2021, "next year"), the year (the festival and the state visit) and what followed (2023, "last year").
        var articles = ingestion.Articles.ToDictionary(a => a.SourcePath[(a.SourcePath.LastIndexOf('/') + 1)..], a => a.Slug);
        int At(string file) => main.IndexOf($"id=\"{articles[file]}\"", StringComparison.Ordinal);
        Assert.True(At("001_road.txt") < At("003_festival.txt") && At("003_festival.txt") < At("002_visit.txt") && At("002_visit.txt") < At("004_after.txt"),
            "road, year in order, looking back");
        Assert.Contains("next year", main[At("001_road.txt")..At("003_festival.txt")], StringComparison.Ordinal);

        // The state visit: two presidents took part (a leader-level visit) and a memorandum and an agreement were signed
        // (one article reporting signings).
        Assert.Matches(@"<dt>Leader-level visits</dt><dd>1</dd>", main);
        Assert.Matches(@"<dt>Articles reporting signings</dt><dd>1</dd>", main);
        Assert.Contains("leader-level visit</span>", main, StringComparison.Ordinal);
    }
}
