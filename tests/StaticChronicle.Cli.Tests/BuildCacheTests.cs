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

    [Fact]
    public async Task A_cache_from_an_older_format_is_ignored_with_one_line()
    {
        await CliRunner.RunAsync("build", "--config", Config);
        var cache = Path.Combine(_site.FullName, ".chronicle", "cache");
        var files = Directory.GetFiles(cache, "*.bin", SearchOption.AllDirectories);
        Assert.True(files.Length > 1, "the extraction cache and the build record are several files");
        foreach (var file in files)
        {
            // What a cache written before the switch to XxHash128 (format 4) looks like to this build.
            var bytes = await File.ReadAllBytesAsync(file);
            BitConverter.TryWriteBytes(bytes.AsSpan(8), StaticChronicle.Caching.CacheFile.FormatVersion - 1);
            await File.WriteAllBytesAsync(file, bytes);
        }

        var (code, output, error) = await CliRunner.RunAsync("build", "--config", Config);

        Assert.True(code == 0, error);
        var lines = output.Split('\n').Where(l => l.StartsWith("cache:", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"cache: {cache} was made by another version of StaticChronicle, in another cache format or for another configuration; this build does not use it and fills it again."], lines);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) from 5 articles into ", output);

        var (_, again, _) = await CliRunner.RunAsync("build", "--config", Config);
        Assert.DoesNotContain("cache:", again, StringComparison.Ordinal);
    }
}
