namespace StaticChronicle.Cli.Tests;

/// <summary><c>chronicle build</c> against careless or hostile surroundings: the output folder it is given, a broken cache folder.</summary>
public sealed class BuildSafetyTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_home_folder_as_output_is_refused_and_left_whole()
    {
        var home = Path.Combine(_site.Root, "home");
        Directory.CreateDirectory(Path.Combine(home, "projects"));
        await File.WriteAllTextAsync(Path.Combine(home, ".bashrc"), "alias ll='ls -l'\n");
        await File.WriteAllTextAsync(Path.Combine(home, "projects", "plan.txt"), "keep\n");

        var (code, _, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--output", home, "--no-cache");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("is not a previous output of chronicle", error, StringComparison.Ordinal);
        Assert.Equal("alias ll='ls -l'\n", await File.ReadAllTextAsync(Path.Combine(home, ".bashrc")));
        Assert.Equal("keep\n", await File.ReadAllTextAsync(Path.Combine(home, "projects", "plan.txt")));
    }

    [Theory]
    [InlineData(".git")]
    [InlineData("templates/assets")]
    [InlineData(".chronicle")]
    public async Task Folders_the_repository_or_the_tool_keep_are_refused(string output)
    {
        var folder = Path.Combine(_site.Root, output);
        Directory.CreateDirectory(folder);
        var keep = Path.Combine(folder, "keep.txt");
        await File.WriteAllTextAsync(keep, "keep");

        var (code, _, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--output", folder, "--no-cache");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("error: the output folder", error, StringComparison.Ordinal);
        Assert.True(File.Exists(keep));
    }

    [Fact]
    public async Task The_default_output_is_marked_and_built_again_without_complaint()
    {
        var first = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--no-cache");
        var second = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--no-cache");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.True(File.Exists(Path.Combine(_site.OutputPath, ".chronicle-output")));
    }

    [Fact]
    public async Task A_file_where_the_cache_folder_should_be_is_one_cache_line_and_every_build_still_succeeds()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, ".chronicle"));
        await File.WriteAllTextAsync(Path.Combine(_site.Root, ".chronicle", "cache"), "not a folder");

        var first = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);
        var second = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);

        foreach (var (code, output, error) in new[] { first, second })
        {
            Assert.True(code == 0, error);
            Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
            Assert.Single(output.Split('\n'), line => line.StartsWith("cache: ", StringComparison.Ordinal) && line.Contains("is a file, not a folder", StringComparison.Ordinal));
        }

        Assert.Equal("not a folder", await File.ReadAllTextAsync(Path.Combine(_site.Root, ".chronicle", "cache")));
    }

    [Fact]
    public async Task A_base_url_with_credentials_on_the_command_line_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--base-url", "https://me:secret@example.org/");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("user name or password", error, StringComparison.Ordinal);
    }
}
