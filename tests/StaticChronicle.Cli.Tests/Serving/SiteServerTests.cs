using System.Net;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Tests.Serving;

public sealed class SiteServerTests : IAsyncLifetime, IDisposable
{
    private const string Page = "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Timeline</h1></body></html>";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chronicle-serve-static-");
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private SiteServer _server = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "index.html"), Page);
        File.WriteAllText(Path.Combine(_folder.FullName, "404.html"), "<html><body>Nothing here</body></html>");
        File.WriteAllText(Path.Combine(_folder.FullName, "about.html"), "<html><body>About</body></html>");
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "people", "kishida-fumio"));
        File.WriteAllText(Path.Combine(_folder.FullName, "people", "kishida-fumio", "index.html"), "<html><body>Kishida</body></html>");
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "assets"));
        File.WriteAllText(Path.Combine(_folder.FullName, "assets", "site.css"), "body { color: black; }");
        _server = await SiteServer.StartAsync(0, new ServedSite(_folder.FullName, "/chronicle/", [], 1));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    public void Dispose() => _http.Dispose();

    private Task<HttpResponseMessage> Get(string path) => _http.GetAsync(new Uri(_server.Address, path));

    [Fact]
    public void The_server_listens_on_the_loopback_address_and_a_free_port_for_port_0()
    {
        Assert.Equal("127.0.0.1", _server.Address.Host);
        Assert.NotEqual(0, _server.Address.Port);
        Assert.Equal(new Uri(_server.Address, "/chronicle/"), _server.SiteUrl);
    }

    [Fact]
    public async Task Html_is_served_under_the_base_path_with_the_live_reload_script_but_the_file_stays_untouched()
    {
        using var response = await Get("/chronicle/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(Page[..Page.IndexOf("</body>", StringComparison.Ordinal)], html, StringComparison.Ordinal);
        Assert.Contains($"new EventSource(\"{LiveReloadInjection.EventsPath}?since=1\")", html, StringComparison.Ordinal);
        Assert.EndsWith("</script></body></html>", html, StringComparison.Ordinal);
        Assert.Equal(Page, File.ReadAllText(Path.Combine(_folder.FullName, "index.html")));
    }

    [Theory]
    [InlineData("/chronicle/about", "About")]
    [InlineData("/chronicle/about.html", "About")]
    [InlineData("/chronicle/people/kishida-fumio/", "Kishida")]
    public async Task Pages_resolve_as_on_github_pages(string path, string text)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chronicle", "/chronicle/")]
    [InlineData("/chronicle/people/kishida-fumio", "/chronicle/people/kishida-fumio/")]
    public async Task Folders_without_a_trailing_slash_redirect_to_it(string path, string location)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Assets_are_served_as_they_are_with_their_content_type()
    {
        using var response = await Get("/chronicle/assets/site.css");

        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("body { color: black; }", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/chronicle/no-such-page")]
    [InlineData("/chronicle/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/chronicle/..%5C..%5Csecret")]
    public async Task Unknown_paths_and_paths_that_climb_out_get_the_sites_404_page(string path)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nothing here", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_base_path_nothing_is_served_as_on_github_pages()
    {
        using var response = await Get("/index.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<a href=\"/chronicle/\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_failed_build_pages_show_the_errors_in_an_overlay_escaped_as_text()
    {
        _server.Publish(_server.Current with { Problems = [Diagnostic.Error("templates/page.sbn-html", 3, 7, "unexpected '<script>'")], Generation = 2 });

        using var response = await Get("/chronicle/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h1>Timeline</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{LiveReloadInjection.OverlayId}\"", html, StringComparison.Ordinal);
        Assert.Contains("templates/page.sbn-html:3:7: error: unexpected &#39;&lt;script&gt;&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_any_build_succeeded_every_page_is_the_error_page()
    {
        _server.Publish(new ServedSite(null, "/chronicle/", [Diagnostic.Error("seeds/001.txt", 0, 0, "no date")], 2));

        using var response = await Get("/chronicle/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("seeds/001.txt: error: no date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_when_a_new_site_is_published()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await _http.GetAsync(new Uri(_server.Address, LiveReloadInjection.EventsPath + "?since=1"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal("retry: 1000", await events.ReadLineAsync(timeout.Token));

        _server.Publish(_server.Current with { Generation = 2 });

        var line = await events.ReadLineAsync(timeout.Token);
        while (line == "")
        {
            line = await events.ReadLineAsync(timeout.Token);
        }

        Assert.Equal("event: reload", line);
        Assert.Equal("data: 2", await events.ReadLineAsync(timeout.Token));
    }

    [Fact]
    public async Task A_page_older_than_the_site_is_told_to_reload_as_soon_as_it_connects()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await _http.GetAsync(new Uri(_server.Address, LiveReloadInjection.EventsPath + "?since=0"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var text = "";
        while (!text.Contains("data:", StringComparison.Ordinal))
        {
            text += await events.ReadLineAsync(timeout.Token) + "\n";
        }

        Assert.Contains("event: reload\ndata: 1", text, StringComparison.Ordinal);
    }
}
