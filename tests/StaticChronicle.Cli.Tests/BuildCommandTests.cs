using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

public class BuildCommandTests
{
    [Fact]
    public async Task An_unknown_command_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, error) = await CliRunner.RunAsync("bild");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("'bild'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_configuration_is_reported_with_file_line_and_exit_code_1()
    {
        var dir = Directory.CreateTempSubdirectory("chronicle-cli-");
        try
        {
            var config = Path.Combine(dir.FullName, "site-config.yml");
            await File.WriteAllTextAsync(config, "title: T\nbase_url: https://x.org/\nmilestones:\n  - date: 1973-09-31\n    title: X\n");

            var (code, _, error) = await CliRunner.RunAsync("build", "--config", config);

            Assert.Equal(ExitCodes.ContentError, code);
            Assert.Contains("site-config.yml:4:11: error: '1973-09-31' is not a date", error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Help_lists_the_build_command()
    {
        var (code, output, _) = await CliRunner.RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("build", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_repository_site_builds_and_prints_a_summary()
    {
        var dir = Directory.CreateTempSubdirectory("chronicle-cli-");
        try
        {
            var output = Path.Combine(dir.FullName, "site");
            var (code, text, error) = await CliRunner.RunAsync("build", "--config", RepositoryPaths.SiteConfig, "--output", output, "--base-url", "https://example.org/sub/", "--no-cache");

            Assert.True(code == 0, error);
            Assert.Contains("5 seeds", text, StringComparison.Ordinal);
            Assert.Matches(@"Built \d+ pages \(\d+ files\) from \d+ articles into .+ in \d+\.\d\d s; \d+ warnings?\.", text);
            Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
            Assert.Contains("href=\"/sub/assets/style.css\"", await File.ReadAllTextAsync(Path.Combine(output, "index.html")), StringComparison.Ordinal);
            Assert.Contains("<loc>https://example.org/sub/</loc>", await File.ReadAllTextAsync(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_output_folder_that_is_the_seeds_folder_is_refused_and_nothing_is_deleted()
    {
        var before = Directory.GetFiles(RepositoryPaths.Seeds).Length;

        var (code, _, error) = await CliRunner.RunAsync("build", "--config", RepositoryPaths.SiteConfig, "--output", RepositoryPaths.Seeds);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("the output folder is the seeds folder", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(RepositoryPaths.Seeds).Length);
    }

    [Fact]
    public async Task A_template_error_names_file_line_and_column_and_keeps_the_previous_site()
    {
        var dir = Directory.CreateTempSubdirectory("chronicle-cli-");
        try
        {
            var templates = Path.Combine(dir.FullName, "templates");
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(templates, Path.GetRelativePath(RepositoryPaths.Templates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            await File.WriteAllTextAsync(Path.Combine(templates, "home.sbn-html"), "<h1>Home</h1>\n<p>{{ if }}</p>\n");
            // No seeds: the error must come from the template alone.
            Directory.CreateDirectory(Path.Combine(dir.FullName, "seeds"));
            var config = Path.Combine(dir.FullName, "site-config.yml");
            await File.WriteAllTextAsync(config, "title: T\nbase_url: https://example.org/\n");
            var previous = Path.Combine(dir.FullName, "_site", "index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(previous)!);
            await File.WriteAllTextAsync(previous, "the previous site");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "_site", ".chronicle-output"), "a previous output\n");

            var (code, _, error) = await CliRunner.RunAsync("build", "--config", config);

            Assert.Equal(ExitCodes.ContentError, code);
            Assert.Matches(@"home\.sbn-html:2:\d+: error: ", error);
            Assert.Contains("The previous site, if any, was left as it was.", error, StringComparison.Ordinal);
            Assert.Equal("the previous site", await File.ReadAllTextAsync(previous));
            Assert.Equal(["_site", "seeds", "templates"], Directory.EnumerateDirectories(dir.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
