namespace StaticChronicle.Cli.Tests;

/// <summary>Front matter <c>aliases:</c> from a seed, through <c>build</c> and <c>check</c>.</summary>
public sealed class AliasCommandTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Seed(string aliases) => File.WriteAllText(Path.Combine(_site.SeedsPath, "005_moved.txt"),
        $"---\ntitle: Vietnam and Japan sign seaport deal\naliases: {aliases}\n---\nJapan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – The two sides signed a port agreement.\n");

    [Fact]
    public async Task A_seeds_old_address_gets_a_redirect_to_its_page_under_the_base_path()
    {
        Seed("[/articles/2023-05-03-japan-and-vietnam-sign-port-deal/]");

        var (code, _, error) = await CliRunner.RunAsync("build", "--config", _site.ConfigPath, "--base-url", "https://example.github.io/chronicle/");

        Assert.True(code == 0, error);
        var redirect = File.ReadAllText(Path.Combine(_site.OutputPath, "articles", "2023-05-03-japan-and-vietnam-sign-port-deal", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/chronicle/articles/2023-05-03-vietnam-and-japan-sign-seaport-deal/\">", redirect, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.OutputPath, "articles", "2023-05-03-vietnam-and-japan-sign-seaport-deal", "index.html")));
    }

    [Fact]
    public async Task Check_reports_an_alias_at_a_real_pages_address_at_the_alias()
    {
        Seed("[/people/]");

        var (code, output, _) = await CliRunner.RunAsync("check", "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.ContentError, code);
        Assert.Contains("seeds/005_moved.txt:3:11: error: alias '/people/' is where the site writes people/index.html", output.Replace('\\', '/'), StringComparison.Ordinal);
    }
}
