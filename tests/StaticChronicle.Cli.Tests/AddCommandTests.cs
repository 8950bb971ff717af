using System.Text;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

public sealed class AddCommandTests : IDisposable
{
    // The article states its full date: a day and month alone cannot be dated, and the seed would be an error.
    private const string NewArticle = "Hanoi, May 3, 2023 (VNA) – Test article.\r\nSecond line.  \r\n";

    // sha256sum of the normalized text "Hanoi, May 3, 2023 (VNA) – Test article.\nSecond line." starts 5134d5801c0d4722.
    private const string NewArticleSeed = "005_5134d5801c0d4722.txt";

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_new_article_from_a_file_becomes_the_next_seed_named_by_its_content_hash_with_its_slug_in_front_matter()
    {
        var input = Path.Combine(_site.Root, "article.txt");
        await File.WriteAllTextAsync(input, NewArticle);

        var (code, output, error) = await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains($"added {Path.Combine(_site.SeedsPath, NewArticleSeed)}", output, StringComparison.Ordinal);

        // The text is kept byte for byte (its CRLF line endings too) below the front matter add wrote in the same line endings.
        Assert.Equal("---\r\nslug: 2023-05-03-test-article\r\n---\r\n" + NewArticle, await File.ReadAllTextAsync(Path.Combine(_site.SeedsPath, NewArticleSeed)));
        Assert.Equal(6, _site.SeedNames().Length);
    }

    [Fact]
    public async Task A_new_article_from_standard_input_is_added_the_same_way()
    {
        var (code, output, error) = await CliRunner.RunWithInputAsync(Encoding.UTF8.GetBytes(NewArticle), "add", "-", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains(NewArticleSeed, output, StringComparison.Ordinal);
        Assert.Contains(NewArticleSeed, _site.SeedNames());
    }

    [Fact]
    public async Task An_existing_seeds_text_is_refused_with_exit_code_1_naming_that_seed()
    {
        var copy = Path.Combine(_site.Root, "copy.txt");
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "003_62e416038ac3cd85.txt"), copy);

        var (code, output, error) = await CliRunner.RunAsync("add", copy, "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("003_62e416038ac3cd85.txt: error: this article is already a seed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("added", output, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }

    [Fact]
    public async Task A_missing_file_is_a_content_error_and_adds_nothing()
    {
        var (code, _, error) = await CliRunner.RunAsync("add", Path.Combine(_site.Root, "nope.txt"), "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("nope.txt: error: no such file", error, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }

    [Fact]
    public async Task The_next_build_includes_the_added_seed()
    {
        var input = Path.Combine(_site.Root, "port-deal.txt");
        await File.WriteAllTextAsync(input, "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");
        Assert.Equal(0, (await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath)).ExitCode);

        var (code, output, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains("from 6 articles", output, StringComparison.Ordinal);
        var page = Path.Combine(_site.OutputPath, "articles", "2023-05-03-japan-and-vietnam-sign-port-deal", "index.html");
        Assert.Contains("Japan and Vietnam sign port deal", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_adding_it_shows_what_was_extracted_and_what_to_confirm()
    {
        var input = Path.Combine(_site.Root, "port-deal.txt");
        await File.WriteAllTextAsync(input, "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");

        var (code, output, error) = await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath);

        Assert.True(code == 0, error);
        Assert.Contains("  title:   Japan and Vietnam sign port deal", output, StringComparison.Ordinal);
        Assert.Contains("  date:    2023-05-03 (stated: dateline 'May 3, 2023')", output, StringComparison.Ordinal);
        Assert.Contains("  people:  Yamada Taro (unregistered)", output, StringComparison.Ordinal);
        Assert.Contains("warning: Yamada Taro (Governor) is not in the people registry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_a_seed_with_no_date_is_not_stored_and_the_editor_is_told_to_give_the_date_as_an_option()
    {
        var input = Path.Combine(_site.Root, "undated.txt");
        await File.WriteAllTextAsync(input, "Ministers meet\n\nOn September 22 the two ministers met in Hanoi, recalling their cooperation since 2013.\n");

        var (code, output, error) = await CliRunner.RunAsync("add", input, "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("undated.txt:1:1: error: no date could be found", error, StringComparison.Ordinal);
        Assert.Contains($"Nothing was added: the site cannot be built from an article without a date. Give it as an option: chronicle add {input} --date YYYY-MM-DD (dates seen in the text: 2013-09-22).", error, StringComparison.Ordinal);
        Assert.DoesNotContain("added", output, StringComparison.Ordinal);
        Assert.Equal(5, _site.SeedNames().Length);
    }
}
