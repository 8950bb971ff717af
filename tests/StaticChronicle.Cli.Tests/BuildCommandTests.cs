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
    public async Task The_repository_site_validates()
    {
        var (code, output, error) = await CliRunner.RunAsync("build", "--config", RepositoryPaths.SiteConfig, "--output", Path.Combine(Path.GetTempPath(), "chronicle-validate-site"));
        Assert.True(code == 0, error);
        Assert.Contains("5 seeds", output, StringComparison.Ordinal);
    }
}
