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
    [InlineData("repo/.git", "the repository's .git folder")]
    [InlineData("repo/.git/objects", "inside the repository's .git folder")]
    [InlineData("repo/templates/assets", "inside the templates folder")]
    [InlineData("repo/seeds/site", "inside the seeds folder")]
    [InlineData("repo/.chronicle", "the tool's own .chronicle folder")]
    [InlineData("repo/.chronicle/cache", "inside the tool's own .chronicle folder")]
    [InlineData("other/.git/site", "inside")]
    public void An_output_folder_inside_what_the_repository_or_the_tool_keeps_is_refused(string output, string reason)
    {
        var problems = OutputFolder.Check(Config(), _temp.Combine(output));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_with_files_of_its_own_is_refused_with_the_way_out_and_nothing_in_it_is_touched()
    {
        var home = _temp.Combine("home");
        Directory.CreateDirectory(Path.Combine(home, "projects"));
        File.WriteAllText(Path.Combine(home, ".bashrc"), "export PS1='$ '");
        File.WriteAllText(Path.Combine(home, "projects", "notes.txt"), "keep");
        var config = new ConfigOverrides(OutputDirectory: home).ApplyTo(Config());

        var e = Assert.Throws<DiagnosticException>(() =>
            SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates() }));

        var message = Assert.Single(e.Diagnostics).Message;
        Assert.Contains("is not a previous output of chronicle", message, StringComparison.Ordinal);
        Assert.Contains($"no {OutputFolder.MarkerFile} file", message, StringComparison.Ordinal);
        Assert.Contains("--output", message, StringComparison.Ordinal);
        Assert.Equal("export PS1='$ '", File.ReadAllText(Path.Combine(home, ".bashrc")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(home, "projects", "notes.txt")));
        Assert.Equal(["home", "repo"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_holding_another_site_is_refused_even_with_a_marker()
    {
        var other = _temp.Combine("other-site");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "site-config.yml"), "title: Other\n");
        File.WriteAllText(Path.Combine(other, OutputFolder.MarkerFile), OutputFolder.MarkerText);

        var problems = OutputFolder.Check(Config(), other);

        Assert.Contains(problems, p => p.IsError && p.Message.Contains("it holds a site-config.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_folder_a_marked_output_an_earlier_versions_output_and_the_preview_folder_are_accepted()
    {
        var config = Config();
        var empty = _temp.Combine("empty");
        Directory.CreateDirectory(empty);
        var marked = _temp.Combine("marked");
        Directory.CreateDirectory(marked);
        File.WriteAllText(Path.Combine(marked, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(marked, "index.html"), "<p>old</p>");
        var earlier = _temp.Combine("repo", "_site");
        Directory.CreateDirectory(Path.Combine(earlier, "data"));
        foreach (var file in new[] { ".nojekyll", "sitemap.xml", "feed.xml", "timeline.json", "data/articles.json", "data/people.json", "index.html" })
        {
            File.WriteAllText(Path.Combine(earlier, file), "");
        }

        Assert.Empty(OutputFolder.Check(config, empty));
        Assert.Empty(OutputFolder.Check(config, marked));
        Assert.Empty(OutputFolder.Check(config, earlier));
        Assert.Empty(OutputFolder.Check(config, _temp.Combine("repo", ".chronicle", "serve")));
    }

    [Fact]
    public void An_earlier_versions_output_missing_one_of_its_files_is_refused()
    {
        var folder = _temp.Combine("repo", "_site");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".nojekyll"), "");
        File.WriteAllText(Path.Combine(folder, "sitemap.xml"), "");

        Assert.NotEmpty(OutputFolder.Check(Config(), folder));
    }

    [Fact]
    public void The_build_marks_its_output_so_that_the_next_build_may_replace_it()
    {
        var config = new ConfigOverrides(OutputDirectory: _temp.Combine("repo", "_site")).ApplyTo(Config());
        var options = new BuildOptions { LoadTemplates = _ => new EchoTemplates() };
        SiteBuild.Run(config, SampleSite.Articles, options);

        Assert.Equal(OutputFolder.MarkerText, File.ReadAllText(Path.Combine(config.OutputDirectory, OutputFolder.MarkerFile)));
        Assert.Empty(OutputFolder.Check(config, config.OutputDirectory));
        SiteBuild.Run(config, SampleSite.Articles, options);
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
