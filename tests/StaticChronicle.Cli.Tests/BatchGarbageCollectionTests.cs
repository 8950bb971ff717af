using System.Runtime;
using StaticChronicle.Cli.Commands;

namespace StaticChronicle.Cli.Tests;

/// <summary>The collector's mode is the whole process's: these tests run alone, so no other test's build changes it under them.</summary>
[CollectionDefinition(nameof(BatchGarbageCollectionTests), DisableParallelization = true)]
public sealed class ProcessWideGarbageCollectorMode;

[Collection(nameof(BatchGarbageCollectionTests))]
public sealed class BatchGarbageCollectionTests
{
    [Fact]
    public void Batch_mode_lasts_until_the_last_open_scope_ends_and_the_mode_before_comes_back()
    {
        var before = GCSettings.LatencyMode;
        Assert.NotEqual(GCLatencyMode.Batch, before);

        var first = BatchGarbageCollection.Enter();
        var second = BatchGarbageCollection.Enter();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        first.Dispose();
        first.Dispose();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        second.Dispose();

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public async Task A_build_from_an_earlier_builds_cache_puts_the_mode_back_when_it_ends()
    {
        using var site = new TempSite();
        var before = GCSettings.LatencyMode;
        var (first, _, _) = await CliRunner.RunAsync("build", "--config", site.ConfigPath);
        File.AppendAllText(Path.Combine(site.SeedsPath, site.SeedNames()[0]), "\nOne more sentence for the record.\n");

        // The second build finds the first one's record, so it runs in batch mode.
        var (second, _, _) = await CliRunner.RunAsync("build", "--config", site.ConfigPath);

        Assert.Equal((0, 0), (first, second));
        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
