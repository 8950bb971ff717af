using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

public sealed class SeedIngestionTests : IDisposable
{
    private const string GoodSeed = "Japan and Vietnam sign port deal\n\nHANOI (VNA) – Prime Minister Pham Minh Chinh met Japanese Ambassador Ito Naoki in Hanoi on May 3, 2023, to discuss a new seaport.\n";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("chronicle-ingest-");
    private readonly SiteConfig _config;

    public SeedIngestionTests()
    {
        _config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig) with { RootDirectory = _root.FullName };
        Directory.CreateDirectory(_config.SeedsDirectory);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string Seed(string name, string text) => Seed(name, Encoding.UTF8.GetBytes(text));

    private string Seed(string name, byte[] bytes)
    {
        var path = Path.Combine(_config.SeedsDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Bad_seeds_are_all_reported_and_the_good_one_is_still_extracted()
    {
        var files = new[]
        {
            Seed("a-empty.txt", ""),
            Seed("b-good.txt", GoodSeed),
            Seed("c-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]),
            Seed("d-nodate.txt", "A headline without a date\n\nThe two ministers met and agreed to deepen cooperation.\n"),
            Seed("e-broken.md", "---\ntitle: [\n---\nText.\n"),
        };

        var result = SeedIngestion.Run(_config, files);

        Assert.Equal(["b-good.txt"], result.Articles.Select(a => Path.GetFileName(a.SourcePath)));
        Assert.Equal(5, result.Seeds.Count);
        Assert.Equal([true, false, true, true, true], result.Seeds.Select(s => s.HasErrors));
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => Path.GetFileName(d.File)).ToList();
        Assert.Equal(["a-empty.txt", "c-binary.txt", "d-nodate.txt", "e-broken.md"], errors);
    }

    [Fact]
    public void A_seed_with_no_findable_date_says_which_front_matter_to_add()
    {
        var result = SeedIngestion.Run(_config, [Seed("nodate.txt", "Ministers meet\n\nThe two ministers met on Tuesday and agreed to deepen cooperation.\n")]);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("date: YYYY-MM-DD", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void Front_matter_wins_over_extraction()
    {
        var file = Seed("fm.md", "---\ntitle: Chosen title\ndate: 2020-01-02\npeople: [Fumio Kishida, Jane Roe]\nplaces: [Kyoto]\ntopics: [ODA, nonsense]\nsummary: Chosen summary.\ndraft: true\n---\n" + GoodSeed);
        var result = SeedIngestion.Run(_config, [file]);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Chosen title", article.Title);
        Assert.Equal(new DateOnly(2020, 1, 2), article.Date);
        Assert.Equal(DateKind.FrontMatter, article.DateKind);
        Assert.Equal(["Kishida Fumio", "Jane Roe"], article.People.Select(p => p.Name));
        Assert.Equal([true, false], article.People.Select(p => p.Registered));
        Assert.Equal(["Kyoto"], article.Places);
        Assert.Equal(["oda"], article.Topics);
        Assert.Equal("Chosen summary.", article.Summary);
        Assert.True(article.Draft);
        Assert.Equal("2020-01-02-chosen-title", article.Slug);
        Assert.Contains(article.Warnings, w => w.Contains("'nonsense'", StringComparison.Ordinal));
        Assert.Contains(article.Warnings, w => w.StartsWith("Jane Roe is not in the people registry", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_seeds_with_the_same_generated_slug_get_a_suffix_in_seed_order_with_a_warning()
    {
        var result = SeedIngestion.Run(_config, [Seed("one.txt", GoodSeed), Seed("two.txt", GoodSeed), Seed("three.txt", GoodSeed)]);
        Assert.Equal(
            ["2023-05-03-japan-and-vietnam-sign-port-deal", "2023-05-03-japan-and-vietnam-sign-port-deal-2", "2023-05-03-japan-and-vietnam-sign-port-deal-3"],
            result.Articles.Select(a => a.Slug));
        Assert.Contains(result.Articles[1].Warnings, w => w.Contains("already used by", StringComparison.Ordinal));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Two_seeds_setting_the_same_slug_in_front_matter_is_an_error_on_the_second()
    {
        var result = SeedIngestion.Run(_config, [Seed("one.md", "---\nslug: same\n---\n" + GoodSeed), Seed("two.md", "---\nslug: same\n---\n" + GoodSeed)]);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("two.md", error.File, StringComparison.Ordinal);
        Assert.Contains("one.md", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void A_generated_slug_steps_aside_for_one_an_editor_chose()
    {
        var result = SeedIngestion.Run(_config, [Seed("one.txt", GoodSeed), Seed("two.md", "---\nslug: 2023-05-03-japan-and-vietnam-sign-port-deal\n---\n" + GoodSeed)]);
        Assert.Equal(["2023-05-03-japan-and-vietnam-sign-port-deal-2", "2023-05-03-japan-and-vietnam-sign-port-deal"], result.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Results_come_back_in_the_order_given_whatever_the_parallel_schedule()
    {
        var files = Enumerable.Range(0, 200).Select(i => Seed($"s{i:D3}.txt", GoodSeed.Replace("port deal", $"port deal {i}", StringComparison.Ordinal))).ToList();
        var result = SeedIngestion.Run(_config, files);
        Assert.Equal(files.Select(f => "seeds/" + Path.GetFileName(f)), result.Articles.Select(a => a.SourcePath));
    }

    [Fact]
    public async Task A_fifo_among_the_seeds_does_not_hang_the_run()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_config.SeedsDirectory, "a-pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var files = new[] { fifo, Seed("b-good.txt", GoodSeed) };
        var run = Task.Run(() => SeedIngestion.Run(_config, files));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == run, "reading a FIFO must not wait for a writer");
        var result = await run;
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("a-pipe.txt", error.File, StringComparison.Ordinal);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void A_person_named_without_latin_letters_in_front_matter_gets_a_positioned_error_saying_what_to_write()
    {
        var file = Seed("a-kanji.txt", "---\npeople: [山田太郎]\n---\n" + GoodSeed);

        var result = SeedIngestion.Run(_config, [file]);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("'山田太郎'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Latin letters", error.Message, StringComparison.Ordinal);
        Assert.Contains("native: 山田太郎", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("person id ''", error.Message, StringComparison.Ordinal);
    }
}
