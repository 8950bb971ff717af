using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

/// <summary><c>check --format</c> and <c>--summary</c>: what the pull-request workflow shows an editor.</summary>
public sealed class CheckFormatTests : IDisposable
{
    private readonly BlankSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Github_format_prints_the_report_then_one_annotation_per_problem_on_the_seeds_line()
    {
        _site.AddSeed("1-nodate.txt", "Ministers meet\n\nThe two ministers met and agreed to deepen cooperation.\n");
        _site.AddSeed("2-good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", _site.Config, "--format", "github");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("  title:   Japan and Vietnam sign port deal", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^::error file=\S*seeds/1-nodate\.txt,line=1,col=1,title=chronicle check%3A error::no date could be found", output);
        Assert.Matches(@"(?m)^::warning file=\S*seeds/2-good\.txt,line=\d+,.*::Yamada Taro \(Governor\) is not in the people registry", output);
    }

    [Fact]
    public async Task Markdown_format_prints_only_the_table()
    {
        var (code, output, _) = await CliRunner.RunAsync("check", "--config", RepositoryPaths.SiteConfig, "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("## chronicle check\n", output, StringComparison.Ordinal);
        Assert.Contains("| Party chief receives Japanese PM in Hanoi | 2025-04-27<br>inferred: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  title:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_file_gets_the_markdown_table_appended_to_what_it_held()
    {
        var summary = Path.Combine(_site.Root, "summary.md");
        await File.WriteAllTextAsync(summary, "earlier step\n");
        _site.AddSeed("2-good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", _site.Config, "--summary", summary);

        Assert.Equal(0, code);
        Assert.Contains("  title:   Japan and Vietnam sign port deal", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(summary);
        Assert.StartsWith("earlier step\n## chronicle check\n", text, StringComparison.Ordinal);
        Assert.Contains("| Japan and Vietnam sign port deal | 2023-05-03<br>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("check", "--config", RepositoryPaths.SiteConfig, "--format", "html");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("html", error, StringComparison.Ordinal);
    }
}
