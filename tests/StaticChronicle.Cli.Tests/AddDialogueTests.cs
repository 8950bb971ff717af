namespace StaticChronicle.Cli.Tests;

/// <summary>
/// <c>add</c> never stores a seed the site could not be built from: at a terminal it asks for what is missing (here
/// typed through redirected input), without one it wants the answer as options; and it pins the slug it chose.
/// </summary>
public sealed class AddDialogueTests : IDisposable
{
    // A headline, no date that can be fixed: "September 22" has no year, and the years the text states are not the article's.
    private const string Undated = "Ministers meet\n\nOn September 22 the two ministers met in Hanoi, recalling the agreement of March 5, 2013 and their goals until 2030.\n";

    // Neither a headline nor a date.
    private const string Bare = "On September 22 the two ministers met in Hanoi and agreed to deepen cooperation in labour and trade.\n";

    private const string PortDeal = "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n";

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Input(string name, string text)
    {
        var path = Path.Combine(_site.Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string NewSeed() => File.ReadAllText(Path.Combine(_site.SeedsPath, Assert.Single(_site.SeedNames(), n => n.StartsWith("005_", StringComparison.Ordinal))));

    [Fact]
    public async Task At_a_terminal_add_shows_what_it_found_offers_the_dates_it_saw_and_stores_the_answer_as_front_matter()
    {
        var input = Input("undated.txt", Undated);

        var (code, output, error) = await CliRunner.RunAtTerminalAsync("22nd\n2\n", "add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains($"{input}: what was found\n  title:   Ministers meet\n  date:    not found\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("No date could be fixed. Dates the text mentions:", error, StringComparison.Ordinal);
        Assert.Contains("  1) 2013-03-05  'March 5, 2013'", error, StringComparison.Ordinal);
        Assert.Contains("  2) 2013-09-22  'September 22' with the year 2013 from the text", error, StringComparison.Ordinal);
        Assert.Contains("  3) 2030-09-22  'September 22' with the year 2030 from the text", error, StringComparison.Ordinal);
        Assert.Contains("Date of the article (1-3, or YYYY-MM-DD): ", error, StringComparison.Ordinal);
        Assert.Contains("'22nd' is not a date. Write it as YYYY-MM-DD, e.g. 2023-09-21, or give the number of a date above.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Title (", error, StringComparison.Ordinal);
        Assert.Equal("---\ndate: 2013-09-22\nslug: 2013-09-22-ministers-meet\n---\n" + Undated, NewSeed());
        Assert.Contains("  date:    2013-09-22 (front-matter: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_a_terminal_add_asks_for_the_title_when_the_text_has_no_headline()
    {
        var input = Input("bare.txt", Bare);

        var (code, output, error) = await CliRunner.RunAtTerminalAsync("2023-09-22\nVietnam and Japan ministers meet in Hanoi\n", "add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains("(no headline: made from the lede)", error, StringComparison.Ordinal);
        Assert.Contains("No date could be found, and the text mentions none.", error, StringComparison.Ordinal);
        Assert.Contains("The text has no headline; the title made from its lede is \"", error, StringComparison.Ordinal);
        Assert.Contains("Title (Enter keeps that one): ", error, StringComparison.Ordinal);
        Assert.Equal(
            "---\ntitle: \"Vietnam and Japan ministers meet in Hanoi\"\ndate: 2023-09-22\nslug: 2023-09-22-vietnam-and-japan-ministers-meet-in-hanoi\n---\n" + Bare,
            NewSeed());
        Assert.Contains("  title:   Vietnam and Japan ministers meet in Hanoi\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("no headline", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_a_terminal_an_empty_answer_keeps_the_title_made_from_the_lede()
    {
        var input = Input("bare.txt", Bare);

        var (code, _, error) = await CliRunner.RunAtTerminalAsync("2023-09-22\n\n", "add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Matches("^---\ntitle: \"[^\"]+\"\ndate: 2023-09-22\nslug: 2023-09-22-[a-z0-9-]+\n---\n", NewSeed());
    }

    [Fact]
    public async Task When_the_editor_gives_no_answer_nothing_is_stored()
    {
        var input = Input("undated.txt", Undated);

        var (code, output, error) = await CliRunner.RunAtTerminalAsync("", "add", input, "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("No date was given: nothing was added.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("added ", output, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }

    [Fact]
    public async Task Without_a_terminal_the_date_and_title_given_as_options_are_stored_and_the_site_builds()
    {
        var input = Input("bare.txt", Bare);

        var (code, _, error) = await CliRunner.RunAsync("add", input, "--date", "2023-09-22", "--title", "Ministers meet: \"a new chapter\"", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Equal("---\ntitle: \"Ministers meet: \\\"a new chapter\\\"\"\ndate: 2023-09-22\nslug: 2023-09-22-ministers-meet-a-new-chapter\n---\n" + Bare, NewSeed());
        var build = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(_site.OutputPath, "articles", "2023-09-22-ministers-meet-a-new-chapter", "index.html")));
    }

    [Fact]
    public async Task A_date_option_that_is_not_a_date_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("add", Input("bare.txt", Bare), "--date", "22/09/2023", "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--date '22/09/2023' is not a date. Write it as YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }

    [Fact]
    public async Task Correcting_the_title_of_an_added_seed_keeps_its_address()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("add", Input("port.txt", PortDeal), "--config", _site.ConfigPath)).ExitCode);
        var seed = Path.Combine(_site.SeedsPath, Assert.Single(_site.SeedNames(), n => n.StartsWith("005_", StringComparison.Ordinal)));
        Assert.StartsWith("---\nslug: 2023-05-03-japan-and-vietnam-sign-port-deal\n---\n", File.ReadAllText(seed), StringComparison.Ordinal);

        // The editor fixes the title (and the date) in the front matter add wrote.
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("---\nslug:", "---\ntitle: Vietnam and Japan sign seaport deal\ndate: 2023-05-04\nslug:", StringComparison.Ordinal));
        var (code, _, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        var page = Path.Combine(_site.OutputPath, "articles", "2023-05-03-japan-and-vietnam-sign-port-deal", "index.html");
        Assert.Contains("Vietnam and Japan sign seaport deal", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_another_seed_has_gets_a_number_so_that_seeds_page_does_not_move()
    {
        // The same headline and date as seed 005 of the repository: its generated slug is taken.
        var input = Input("copy-headline.txt", "Party chief receives Japanese PM in Hanoi\n\nHanoi, April 27, 2025 (VNA) – The two leaders met again in Hanoi.\n");

        var (code, _, error) = await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.StartsWith("---\nslug: 2025-04-27-party-chief-receives-japanese-pm-in-hanoi-2\n---\n", NewSeed(), StringComparison.Ordinal);
        var build = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(_site.OutputPath, "articles", "2025-04-27-party-chief-receives-japanese-pm-in-hanoi", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.OutputPath, "articles", "2025-04-27-party-chief-receives-japanese-pm-in-hanoi-2", "index.html")));
    }

    [Fact]
    public async Task A_front_matter_slug_another_seed_has_is_refused()
    {
        var input = Input("mine.md", "---\nslug: 2025-04-27-party-chief-receives-japanese-pm-in-hanoi\n---\n" + PortDeal);

        var (code, _, error) = await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("error: front-matter slug '2025-04-27-party-chief-receives-japanese-pm-in-hanoi' is already the slug of another seed. Nothing was added", error, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }
}
