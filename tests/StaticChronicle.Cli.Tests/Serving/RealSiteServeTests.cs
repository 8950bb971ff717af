using System.Net;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;

namespace StaticChronicle.Cli.Tests.Serving;

/// <summary><c>chronicle serve</c> with the real build on a copy of the repository's site: edit, see it served, break it, see why.</summary>
public sealed class RealSiteServeTests : IAsyncLifetime, IDisposable
{
    private readonly TempSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _errorSync;
    private ServeSession _session = null!;

    public RealSiteServeTests() => _errorSync = TextWriter.Synchronized(_error);

    public async Task InitializeAsync() =>
        _session = await ServeSession.StartAsync(
            new ServeOptions(_site.ConfigPath, new ConfigOverrides(), Port: 0) { QuietPeriod = TimeSpan.FromMilliseconds(150) },
            TextWriter.Synchronized(_output),
            _errorSync);

    public async Task DisposeAsync() => await _session.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _output.Dispose();
        _error.Dispose();
        _site.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Html)> Fetch(string path)
    {
        using var response = await _http.GetAsync(new Uri(_session.SiteUrl, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_seed_is_served_and_a_broken_template_shows_its_error_over_the_last_good_site()
    {
        var (status, home) = await Fetch("");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Party chief receives Japanese PM in Hanoi", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{_session.SiteUrl.AbsolutePath}timeline/\"", home, StringComparison.Ordinal);
        Assert.Contains(LiveReloadInjection.EventsPath, home, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReloadInjection.EventsPath, await File.ReadAllTextAsync(Path.Combine(_site.Root, ".chronicle", "serve", "index.html")), StringComparison.Ordinal);

        // An editor adds a seed: its page appears without restarting anything.
        await File.WriteAllTextAsync(Path.Combine(_site.SeedsPath, "005_0123456789abcdef.txt"),
            "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – Governor Yamada Taro of Gunma visited Hanoi.\n");
        var article = await Eventually.Get(() => Fetch("articles/2023-05-03-japan-and-vietnam-sign-port-deal/"), r => r.Status == HttpStatusCode.OK, "the new article's page", seconds: 60);
        Assert.Contains("Japan and Vietnam sign port deal", article.Html, StringComparison.Ordinal);

        // A maintainer breaks a template: the error shows over the page, and the last good site is still what is served.
        await File.AppendAllTextAsync(Path.Combine(_site.TemplatesPath, "home.sbn-html"), "\n{{ end }}\n");
        var broken = await Eventually.Get(() => Fetch(""), r => r.Html.Contains(LiveReloadInjection.OverlayId, StringComparison.Ordinal), "the error overlay", seconds: 60);
        Assert.Equal(HttpStatusCode.OK, broken.Status);
        Assert.Contains("home.sbn-html:", broken.Html, StringComparison.Ordinal);
        Assert.Contains("statement without a corresponding beginning of a block", broken.Html, StringComparison.Ordinal);
        Assert.Contains("Party chief receives Japanese PM in Hanoi", broken.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Fetch("articles/2023-05-03-japan-and-vietnam-sign-port-deal/")).Status);
        // SyncTextWriter locks on itself while writing.
        lock (_errorSync)
        {
            Assert.Contains("still serving the last good site", _error.ToString(), StringComparison.Ordinal);
        }
    }
}
