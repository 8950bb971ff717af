using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;
using StaticChronicle.Tests.Caching;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

/// <summary>Git stores symbolic links, so a pull request can bring one: none may publish a file from outside the site's folder.</summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SymlinkTests()
    {
        Directory.CreateDirectory(_temp.Combine("site", "seeds"));
        Directory.CreateDirectory(_temp.Combine("site", "templates", "assets"));
        File.WriteAllText(_temp.Combine("site", "templates", "assets", "style.css"), "body{}");
        File.WriteAllText(_temp.Combine("secret.txt"), "Hanoi, May 3, 2023 - the password is swordfish.");
    }

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("site");

    private SiteConfig Config() => SampleSite.Config() with { RootDirectory = Site, Paths = SitePaths.Default };

    private static void Link(string path, string target) => File.CreateSymbolicLink(path, target);

    [Fact]
    public void A_seed_linking_outside_the_site_is_an_error_naming_it()
    {
        Link(_temp.Combine("site", "seeds", "001_leak.txt"), _temp.Combine("secret.txt"));

        var e = Assert.Throws<DiagnosticException>(() => SeedFiles.Enumerate(Config().SeedsDirectory, Site));

        var problem = Assert.Single(e.Diagnostics);
        Assert.EndsWith("001_leak.txt", problem.File, StringComparison.Ordinal);
        Assert.Contains("outside the site's folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_seed_link_is_an_error_saying_so_not_an_unexpected_failure()
    {
        Link(_temp.Combine("site", "seeds", "002_gone.txt"), _temp.Combine("site", "nowhere.txt"));

        var e = Assert.Throws<DiagnosticException>(() => SeedFiles.Enumerate(Config().SeedsDirectory, Site));

        var problem = Assert.Single(e.Diagnostics);
        Assert.EndsWith("002_gone.txt", problem.File, StringComparison.Ordinal);
        Assert.Contains("which does not exist", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The listing's sizes and times stand in for asking each seed again, so they must be what FileInfo says; a link's are left out (its own are not its seed's).</summary>
    [Fact]
    public void The_seed_listing_gives_each_plain_seeds_size_and_time_and_leaves_links_out()
    {
        Directory.CreateDirectory(_temp.Combine("site", "drafts"));
        File.WriteAllText(_temp.Combine("site", "drafts", "a.txt"), "a longer text than the other seed's");
        File.WriteAllText(_temp.Combine("site", "seeds", "001_plain.txt"), "text");
        File.SetLastWriteTimeUtc(_temp.Combine("site", "seeds", "001_plain.txt"), new DateTime(2021, 3, 4, 5, 6, 7, 123, DateTimeKind.Utc));
        Link(_temp.Combine("site", "seeds", "002_linked.txt"), _temp.Combine("site", "drafts", "a.txt"));

        var listing = SeedFiles.List(Config().SeedsDirectory, Site);

        Assert.Equal(2, listing.Files.Count);
        var plain = new FileInfo(listing.Files[0]);
        Assert.Equal((plain.Length, plain.LastWriteTimeUtc.Ticks), listing.States[listing.Files[0]]);
        Assert.False(listing.States.ContainsKey(listing.Files[1]));
    }

    [Fact]
    public void A_seed_linking_to_a_file_inside_the_site_is_read()
    {
        Directory.CreateDirectory(_temp.Combine("site", "drafts"));
        File.WriteAllText(_temp.Combine("site", "drafts", "a.txt"), "text");
        Link(_temp.Combine("site", "seeds", "003_draft.txt"), Path.Combine("..", "drafts", "a.txt"));

        Assert.Single(SeedFiles.Enumerate(Config().SeedsDirectory, Site));
    }

    [Fact]
    public void An_asset_linking_outside_the_site_stops_the_build_and_nothing_is_published()
    {
        Link(_temp.Combine("site", "templates", "assets", "pw.txt"), "/etc/passwd");
        var config = Config();

        var e = Assert.Throws<DiagnosticException>(() =>
            SiteBuild.Run(config, SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates() }));

        var problem = Assert.Single(e.Diagnostics);
        Assert.EndsWith("pw.txt", problem.File, StringComparison.Ordinal);
        Assert.Contains("/etc/passwd, outside the site's folder", problem.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(config.OutputDirectory));
    }

    [Fact]
    public void A_template_folder_linking_outside_the_site_is_refused_too()
    {
        Directory.CreateSymbolicLink(_temp.Combine("site", "templates", "assets", "etc"), "/etc");

        var e = Assert.Throws<DiagnosticException>(() =>
            SiteBuild.Run(Config(), SampleSite.Articles, new BuildOptions { LoadTemplates = _ => new EchoTemplates() }));

        Assert.Contains("outside the site's folder", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_in_the_templates_is_a_message_on_a_cached_build_not_a_crash()
    {
        File.Copy(RepositoryPaths.SiteConfig, _temp.Combine("site", "site-config.yml"));
        TestSite.CopyFolder(RepositoryPaths.Seeds, _temp.Combine("site", "seeds"));
        Directory.Delete(_temp.Combine("site", "templates"), recursive: true);
        TestSite.CopyFolder(RepositoryPaths.Templates, _temp.Combine("site", "templates"));
        var config = SiteConfigLoader.Load(_temp.Combine("site", "site-config.yml"));
        SiteBuild.FromSeeds(config, new BuildOptions { UseCache = true });
        Link(_temp.Combine("site", "templates", "partials", "gone.sbn-html"), _temp.Combine("site", "templates", "missing.sbn-html"));

        var e = Assert.Throws<DiagnosticException>(() => SiteBuild.FromSeeds(config, new BuildOptions { UseCache = true }));

        var problem = Assert.Single(e.Diagnostics);
        Assert.EndsWith("gone.sbn-html", problem.File, StringComparison.Ordinal);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }
}
