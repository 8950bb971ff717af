namespace StaticChronicle.Cli.Tests;

/// <summary><c>check</c> shares build's extraction cache, so a pull request's check does not extract again what was extracted.</summary>
public sealed class CheckCacheTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_second_check_extracts_no_seed_and_reports_the_same()
    {
        var first = await CliRunner.RunAsync("check", "--config", _site.ConfigPath);
        var second = await CliRunner.RunAsync("check", "--config", _site.ConfigPath);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("check: 5 seeds, 5 extracted, 0 from the cache.", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("check: 5 seeds, 0 extracted, 5 from the cache.", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task A_check_after_a_build_extracts_only_the_seed_that_changed()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("build", "--config", _site.ConfigPath)).ExitCode);
        var seed = Path.Combine(_site.SeedsPath, _site.SeedNames()[2]);
        File.AppendAllText(seed, "\nA sentence added after the article.\n");

        var (code, _, error) = await CliRunner.RunAsync("check", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains("check: 5 seeds, 1 extracted, 4 from the cache.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_cache_check_neither_reads_nor_writes_it()
    {
        var (code, _, error) = await CliRunner.RunAsync("check", "--no-cache", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.DoesNotContain("from the cache", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".chronicle")));
    }
}
