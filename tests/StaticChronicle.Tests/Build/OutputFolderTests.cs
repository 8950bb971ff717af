using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        var root = _temp.Combine("repo");
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        Directory.CreateDirectory(Path.Combine(root, "templates"));
        File.WriteAllText(Path.Combine(root, "seeds", "a.txt"), "a seed");
        return SampleSite.Config() with { RootDirectory = root, Paths = SitePaths.Default };
    }

    [Theory]
    [InlineData("repo", "the site's folder")]
    [InlineData("repo/seeds", "the seeds folder")]
    [InlineData("repo/templates", "the templates folder")]
    [InlineData("repo/templates/", "the templates folder")]
    [InlineData("repo/content", "the front-matter pages folder")]
    [InlineData(".", "contains the site's folder")]
    [InlineData("repo/../repo/seeds", "the seeds folder")]
    public void An_output_folder_that_is_or_holds_the_sources_is_refused(string output, string reason)
    {
        var problems = OutputFolder.Check(Config(), _temp.Combine(output));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("repo/_site")]
    [InlineData("elsewhere/site")]
    [InlineData("repo/seeds-site")]
    public void A_folder_of_its_own_is_accepted(string output)
    {
        Assert.Empty(OutputFolder.Check(Config(), _temp.Combine(output)));
    }

    [Fact]
    public void The_file_system_root_is_refused()
    {
        Assert.NotEmpty(OutputFolder.Check(Config(), Path.GetPathRoot(_temp.Path)!));
    }

    [Fact]
    public void A_refused_build_deletes_nothing()
    {
        var config = new ConfigOverrides(OutputDirectory: _temp.Combine("repo", "seeds")).ApplyTo(Config());
        var e = Assert.Throws<DiagnosticException>(() =>
            SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates() }));
        Assert.Contains("the seeds folder", e.Message, StringComparison.Ordinal);
        Assert.Equal("a seed", File.ReadAllText(_temp.Combine("repo", "seeds", "a.txt")));
        Assert.Equal(["repo"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("a/../../outside.html")]
    [InlineData("/etc/passwd")]
    public void Nothing_resolves_outside_the_output_folder(string relative)
    {
        Assert.Throws<InvalidOperationException>(() => OutputFolder.Resolve(_temp.Combine("site"), relative));
    }
}
