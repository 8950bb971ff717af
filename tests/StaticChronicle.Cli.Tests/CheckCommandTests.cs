using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public async Task Checking_the_repository_seeds_prints_each_title_date_and_people_and_exits_0()
    {
        var (code, output, error) = await CliRunner.RunAsync("check", "--config", RepositoryPaths.SiteConfig);

        Assert.True(code == 0, output + error);
        Assert.Contains("  title:   Party chief receives Japanese PM in Hanoi", output, StringComparison.Ordinal);
        Assert.Contains("  date:    2022-09-12 (stated: header 'date 2022-09-12')", output, StringComparison.Ordinal);
        Assert.Contains("  date:    2025-04-27 (inferred: ", output, StringComparison.Ordinal);
        Assert.Contains("  people:  To Lam, Ishiba Shigeru, Ho Chi Minh", output, StringComparison.Ordinal);
        Assert.Contains("(generated from the lede)", output, StringComparison.Ordinal);
        Assert.Contains("5 seeds checked: 5 ok, 0 with errors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_seed_is_reported_and_the_run_exits_1_after_checking_all()
    {
        using var site = new BlankSite();
        site.AddSeed("1-empty.txt", "");
        site.AddSeed("2-good.txt", "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");
        site.AddSeed("3-nodate.txt", "Ministers meet\n\nThe two ministers met and agreed to deepen cooperation.\n");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", site.Config);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("seeds/1-empty.txt:1:1: error: the seed is empty", output, StringComparison.Ordinal);
        Assert.Contains("  title:   Japan and Vietnam sign port deal", output, StringComparison.Ordinal);
        Assert.Contains("  people:  Yamada Taro (unregistered)", output, StringComparison.Ordinal);
        Assert.Contains("warning: Yamada Taro (Governor) is not in the people registry", output, StringComparison.Ordinal);
        Assert.Contains("seeds/3-nodate.txt:1:1: error: no date could be found", output, StringComparison.Ordinal);
        Assert.Contains("3 seeds checked: 1 ok, 2 with errors", output, StringComparison.Ordinal);
    }
}
