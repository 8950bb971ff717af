using System.Collections.Concurrent;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;

namespace StaticChronicle.Cli.Tests.Serving;

public sealed class ChangeWatcherTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly ConcurrentQueue<string> _changes = new();
    private readonly ChangeWatcher _watcher;

    public ChangeWatcherTests()
    {
        Directory.CreateDirectory(Path.Combine(_site.TemplatesPath, "partials"));
        _watcher = new ChangeWatcher(_site.ConfigPath, SiteConfigLoader.Load(_site.ConfigPath), _changes.Enqueue);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _site.Dispose();
    }

    public static TheoryData<string> WatchedFiles => new()
    {
        "seeds/005_0123456789abcdef.txt",
        "seeds/006_0123456789abcdef.md",
        "templates/partials/header.sbn-html",
        "site-config.yml",
    };

    [Theory]
    [MemberData(nameof(WatchedFiles))]
    public async Task Writing_a_file_a_build_reads_is_reported(string relative)
    {
        var path = Path.Combine(_site.Root, relative);
        await File.AppendAllTextAsync(path, "\nchanged\n");

        await Eventually.True(() => _changes.Contains(path), $"a change of {relative}", seconds: 10);
    }

    [Theory]
    [InlineData("seeds/notes.docx")]
    [InlineData("seeds/.005_0123456789abcdef.txt.swp")]
    [InlineData("templates/partials/header.sbn-html~")]
    [InlineData("other.yml")]
    [InlineData("_site/index.html")]
    public async Task Files_a_build_does_not_read_are_ignored(string relative)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "x");

        // Then a watched file, so the ignored one has certainly been seen and skipped by now.
        var seed = Path.Combine(_site.SeedsPath, "007_0123456789abcdef.txt");
        await File.WriteAllTextAsync(seed, "x");
        await Eventually.True(() => _changes.Contains(seed), "the watched seed", seconds: 10);

        Assert.DoesNotContain(path, _changes);
    }
}
