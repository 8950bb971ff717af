using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

/// <summary><c>chronicle build</c> with and without the incremental cache, on a copy of the repository's site.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("chronicle-cli-cache-");

    public BuildCacheTests()
    {
        File.Copy(RepositoryPaths.SiteConfig, Path.Combine(_site.FullName, "site-config.yml"));
        foreach (var folder in new[] { RepositoryPaths.Seeds, RepositoryPaths.Templates })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_site.FullName, Path.GetFileName(folder), Path.GetRelativePath(folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public void Dispose() => _site.Delete(recursive: true);

    private string Config => Path.Combine(_site.FullName, "site-config.yml");

    [Fact]
    public async Task Build_help_lists_no_cache()
    {
        var (code, output, _) = await CliRunner.RunAsync("build", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--no-cache", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_build_says_nothing_changed_and_a_seed_edit_says_what_was_reused()
    {
        var (code, first, error) = await CliRunner.RunAsync("build", "--config", Config);
        Assert.True(code == 0, error);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) from 5 articles into ", first);

        var (_, second, _) = await CliRunner.RunAsync("build", "--config", Config);
        Assert.Matches(@"Nothing changed: .+ is up to date \(\d+ pages from 5 articles; checked in \d+\.\d\d s\); \d+ warnings?\.", second);

        var seed = Directory.EnumerateFiles(Path.Combine(_site.FullName, "seeds")).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(seed, "\nThe two sides signed three documents.\n");
        var (_, third, _) = await CliRunner.RunAsync("build", "--config", Config);
        Assert.Matches(@"Built \d+ pages: \d+ rendered, \d+ unchanged \(\d+ files\) from 5 articles; 1 seed extracted, 4 from cache into ", third);
    }

    [Fact]
    public async Task No_cache_builds_everything_and_writes_no_cache()
    {
        var (code, output, error) = await CliRunner.RunAsync("build", "--config", Config, "--no-cache");
        Assert.True(code == 0, error);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) from 5 articles into ", output);
        Assert.True(File.Exists(Path.Combine(_site.FullName, "_site", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.FullName, ".chronicle")));
    }

    [Fact]
    public async Task A_damaged_cache_is_reported_in_one_line_and_the_build_goes_on()
    {
        await CliRunner.RunAsync("build", "--config", Config);
        var cache = Path.Combine(_site.FullName, ".chronicle", "cache", "extraction");
        var files = Directory.GetFiles(cache);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            await File.WriteAllTextAsync(file, "garbage");
        }

        var seed = Directory.EnumerateFiles(Path.Combine(_site.FullName, "seeds")).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(seed, "\nThe two sides signed three documents.\n");

        var (code, output, error) = await CliRunner.RunAsync("build", "--config", Config);

        Assert.True(code == 0, error);
        Assert.Contains($"cache: {cache}: {files.Length} of 16 files ignored (is not a StaticChronicle cache file); extracting their seeds again.", output, StringComparison.Ordinal);
        Assert.Matches(@"Built \d+ pages: \d+ rendered, \d+ unchanged \(\d+ files\) from 5 articles into ", output);
    }
}
