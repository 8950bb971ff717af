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
    public async Task Json_format_gives_every_field_with_its_evidence_and_positioned_messages_also_for_a_refused_seed()
    {
        _site.AddSeed("1-nodate.txt", "Japanese firm opens design centre in Da Nang\n\nA Japanese maker opened a design centre in Da Nang on Friday, Managing Director Tanaka Ryo said.\n");
        _site.AddSeed("2-good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", _site.Config, "--format", "json");

        Assert.Equal(ExitCodes.ContentError, code);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var seeds = document.RootElement.GetProperty("seeds").EnumerateArray().ToList();
        Assert.Equal(2, seeds.Count);

        var refused = seeds[0];
        Assert.False(refused.GetProperty("ok").GetBoolean());
        Assert.Equal("Japanese firm opens design centre in Da Nang", refused.GetProperty("title").GetProperty("value").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("date").ValueKind);
        var candidate = Assert.Single(refused.GetProperty("date_candidates").EnumerateArray());
        Assert.Equal("on Friday", candidate.GetProperty("phrase").GetString()![^9..]);
        Assert.Contains("weekday with no date", candidate.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Tanaka Ryo", Assert.Single(refused.GetProperty("people").EnumerateArray()).GetProperty("name").GetString());
        var error = refused.GetProperty("messages").EnumerateArray().First();
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());

        var good = seeds[1];
        Assert.True(good.GetProperty("ok").GetBoolean());
        Assert.Equal("2023-05-03", good.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("stated", good.GetProperty("date").GetProperty("kind").GetString());
        Assert.Contains("May 3, 2023", good.GetProperty("date").GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var person = Assert.Single(good.GetProperty("people").EnumerateArray());
        Assert.Equal("Yamada Taro", person.GetProperty("name").GetString());
        Assert.Contains("Governor Yamada Taro of Gunma", person.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains(good.GetProperty("messages").EnumerateArray(), m => m.GetProperty("line").GetInt32() > 0 && m.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public async Task Text_format_still_shows_the_title_people_and_date_candidates_of_a_refused_seed()
    {
        _site.AddSeed("1-nodate.txt", "Japanese firm opens design centre in Da Nang\n\nA Japanese maker opened a design centre in Da Nang on Friday, Managing Director Tanaka Ryo said.\n");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", _site.Config, "--format", "text");

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("  title:   Japanese firm opens design centre in Da Nang", output, StringComparison.Ordinal);
        Assert.Contains("  date:    none (see the error below)", output, StringComparison.Ordinal);
        Assert.Contains("on Friday' (line 3): a weekday with no date", output, StringComparison.Ordinal);
        Assert.Contains("  people:  Tanaka Ryo (unregistered)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("check", "--config", RepositoryPaths.SiteConfig, "--format", "html");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("html", error, StringComparison.Ordinal);
    }
}
