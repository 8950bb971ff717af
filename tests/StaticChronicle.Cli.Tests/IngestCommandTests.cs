using StaticChronicle.Content;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

public class IngestCommandTests
{
    [Fact]
    public async Task Ingest_writes_one_front_matter_page_per_seed_that_reads_back()
    {
        var output = Directory.CreateTempSubdirectory("chronicle-content-").FullName;
        try
        {
            var (code, stdout, error) = await CliRunner.RunAsync("ingest", "--config", RepositoryPaths.SiteConfig, "--output", output);

            Assert.True(code == 0, stdout + error);
            Assert.Contains("5 pages written", stdout, StringComparison.Ordinal);
            var page = Path.Combine(output, "2025-04-27-party-chief-receives-japanese-pm-in-hanoi.md");
            var article = FrontMatterPage.Read(await File.ReadAllTextAsync(page), page);
            Assert.Equal("Party chief receives Japanese PM in Hanoi", article.Title);
            Assert.Equal(DateKind.Inferred, article.DateKind);
            Assert.Equal("seeds/003_62e416038ac3cd85.txt", article.SourcePath);
            Assert.Equal(5, Directory.GetFiles(output, "*.md").Length);
            Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_of_named_files_writes_only_those_and_still_reports_a_bad_one()
    {
        using var site = new BlankSite();
        var good = site.AddSeed("good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Ministers met in Hanoi.\n");
        var bad = site.AddSeed("bad.txt", "---\ntitle: x\n");
        site.AddSeed("other.txt", "Other\n\nTokyo, June 1, 2023 – Ministers met.\n");
        var output = Path.Combine(site.Root, "pages");

        var (code, stdout, error) = await CliRunner.RunAsync("ingest", "--config", site.Config, "--output", output, good, bad);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("bad.txt:1:1: error: the front matter opened with '---' on line 1 is never closed", error, StringComparison.Ordinal);
        Assert.Contains("1 page written", stdout, StringComparison.Ordinal);
        Assert.Equal(["2023-05-03-japan-and-vietnam-sign-port-deal.md"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData(".")]
    public async Task Ingest_refuses_to_write_into_the_seeds_or_the_site_root(string folder)
    {
        using var site = new BlankSite();
        site.AddSeed("good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Ministers met in Hanoi.\n");

        var (code, _, error) = await CliRunner.RunAsync("ingest", "--config", site.Config, "--output", Path.Combine(site.Root, folder));

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("refusing to write pages here", error, StringComparison.Ordinal);
        Assert.Equal(["good.txt"], Directory.GetFiles(site.Seeds).Select(Path.GetFileName));
        Assert.Equal(["site-config.yml"], Directory.GetFiles(site.Root).Select(Path.GetFileName));
    }
}
