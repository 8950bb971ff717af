using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Tests.Caching;

namespace StaticChronicle.Tests.Build;

/// <summary>
/// Builds killed while publishing (simulated by a hook that throws at a step of the publish, so no clean-up code runs
/// after it, as after kill -9): the next build starts from one build's whole output and leaves no staging folder behind.
/// </summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public InterruptedBuildTests()
    {
        TestSite.CopyRepositorySite(_temp.Path);
    }

    public void Dispose()
    {
        OutputFolder.PublishStep = null;
        _temp.Dispose();
    }

    private string Output => _temp.Combine("site");

    private SiteConfig Config(string output) =>
        new ConfigOverrides(OutputDirectory: output).ApplyTo(SiteConfigLoader.Load(_temp.Combine("site-config.yml")));

    private BuildResult Build(bool cached = false) => SiteBuild.FromSeeds(Config(Output), new BuildOptions { UseCache = cached });

    private SortedDictionary<string, byte[]> CleanTree()
    {
        var clean = _temp.Combine("clean");
        if (Directory.Exists(clean))
        {
            Directory.Delete(clean, recursive: true);
        }

        SiteBuild.FromSeeds(Config(clean), new BuildOptions());
        return TestSite.Tree(clean);
    }

    private string[] StagingLeftovers() =>
        [.. Directory.EnumerateDirectories(_temp.Path, ".site.*").Select(Path.GetFileName).OfType<string>()];

    /// <summary>Makes the publish into <see cref="Output"/> stop dead at <paramref name="step"/>, as a killed process would.</summary>
    private void KillAt(string step)
    {
        var target = Path.GetFullPath(Output);
        OutputFolder.PublishStep = (output, at) =>
        {
            if (output == target && at == step)
            {
                throw new OperationCanceledException("simulated kill at " + step);
            }
        };
    }

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs");
        }
    }

    private void EditLayout() =>
        File.AppendAllText(_temp.Combine("templates", "partials", "entry.sbn-html"), "<!-- edited -->");

    [Fact]
    public void A_build_killed_after_setting_the_old_site_aside_gets_the_old_site_back_then_the_new_one()
    {
        // A site is replaced whole (set aside, then the new one moved in) when it is not one this version marked, such as
        // an earlier version's output; a marked one is compared with and only its changed files are moved in.
        Build();
        File.Delete(OutputFolder.Resolve(Output, OutputFolder.MarkerFile));
        var old = TestSite.Tree(Output);
        EditLayout();
        KillAt("set-aside");

        Assert.Throws<OperationCanceledException>(() => Build());
        Assert.False(Directory.Exists(Output));
        OutputFolder.PublishStep = null;

        var notes = OutputFolder.Recover(Output);
        Assert.Contains(notes, n => n.Contains("put the previous site back", StringComparison.Ordinal));
        AssertSameTree(old, TestSite.Tree(Output));

        Build();
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
        Assert.Empty(StagingLeftovers());
    }

    [Fact]
    public void An_incremental_publish_killed_halfway_is_finished_before_anything_else_and_the_site_is_the_new_one_whole()
    {
        Build(cached: true);
        EditLayout();
        KillAt("moved-3");

        Assert.Throws<OperationCanceledException>(() => Build(cached: true));
        Assert.Single(StagingLeftovers(), f => f.StartsWith(".site.publishing-", StringComparison.Ordinal));
        OutputFolder.PublishStep = null;

        var notes = OutputFolder.Recover(Output);
        Assert.Contains(notes, n => n.Contains("finished publishing", StringComparison.Ordinal));
        Assert.Empty(StagingLeftovers());
        var expected = CleanTree();
        AssertSameTree(expected, TestSite.Tree(Output));

        var next = Build(cached: true);
        AssertSameTree(expected, TestSite.Tree(Output));
        Assert.Empty(StagingLeftovers());
        Assert.False(next.NothingChanged);
    }

    [Fact]
    public void The_next_build_finishes_a_killed_incremental_publish_by_itself()
    {
        Build(cached: true);
        EditLayout();
        KillAt("moved-1");
        Assert.Throws<OperationCanceledException>(() => Build(cached: true));
        OutputFolder.PublishStep = null;

        var result = Build(cached: true);

        Assert.Contains(result.Notes, n => n.Contains("finished publishing", StringComparison.Ordinal));
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
        Assert.Empty(StagingLeftovers());
    }

    [Fact]
    public void Staging_folders_of_killed_builds_are_removed_by_the_next_build_and_nothing_else_beside_the_site()
    {
        Build();
        foreach (var kind in new[] { "building", "previous", "publishing" })
        {
            var leftover = _temp.Combine($".site.{kind}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path.Combine(leftover, "articles"));
            File.WriteAllText(Path.Combine(leftover, "articles", "index.html"), "<p>half</p>");
        }

        var notOurs = _temp.Combine(".site.building-notes");
        Directory.CreateDirectory(notOurs);

        Build();

        Assert.Equal([".site.building-notes"], StagingLeftovers());
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }
}
