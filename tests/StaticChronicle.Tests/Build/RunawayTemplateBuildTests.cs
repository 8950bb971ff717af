using System.Diagnostics;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Testing;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

/// <summary>A build on the repository's templates, one of them made to run away: the build fails in seconds, says where, and publishes nothing.</summary>
public sealed class RunawayTemplateBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        var templates = _temp.Combine("templates");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(RepositoryPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new ConfigOverrides(OutputDirectory: _temp.Combine("site"), TemplatesDirectory: templates).ApplyTo(SampleSite.Config());
    }

    [Theory]
    [InlineData("{{ while true }}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{ end }}", 17, "Rendered output exceeds OutputLimit `16777216`.")]
    [InlineData("{{ for i in 1..1000000 }}{{ for j in 1..1000000 }}{{ end }}{{ end }}", 29, "Exceeding number of iteration limit `10000000` for loop statement.")]
    public void A_runaway_article_template_fails_the_build_with_a_positioned_error_and_keeps_the_previous_site(string runaway, int column, string message)
    {
        var config = Config();
        SiteBuild.Run(config, SampleSite.Articles, new BuildOptions());
        var before = Directory.EnumerateFiles(config.OutputDirectory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
        var article = Path.Combine(config.TemplatesDirectory, "article.sbn-html");
        File.WriteAllText(article, File.ReadAllText(article) + "\n" + runaway + "\n");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DiagnosticException>(() => SiteBuild.Run(config, SampleSite.Articles, new BuildOptions()));

        var problem = Assert.Single(error.Diagnostics);
        Assert.EndsWith("templates/article.sbn-html", problem.File, StringComparison.Ordinal);
        Assert.Equal((File.ReadAllLines(article).Length, column), (problem.Line, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed}");
        Assert.Equal(before, Directory.EnumerateFiles(config.OutputDirectory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal));
    }
}
