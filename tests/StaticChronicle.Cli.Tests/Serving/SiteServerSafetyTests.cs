using System.Net;
using StaticChronicle.Cli.Serving;

namespace StaticChronicle.Cli.Tests.Serving;

/// <summary>The preview server at a domain root: redirects stay on this host, and other host names (DNS rebinding) are refused.</summary>
public sealed class SiteServerSafetyTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chronicle-serve-safety-");
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private SiteServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "articles"));
        File.WriteAllText(Path.Combine(_folder.FullName, "articles", "index.html"), "<html><body>Articles</body></html>");
        File.WriteAllText(Path.Combine(_folder.FullName, "index.html"), "<html><body>Home</body></html>");
        _server = await SiteServer.StartAsync(0, new ServedSite(_folder.FullName, "/", [], 1));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("//articles")]
    [InlineData("///articles")]
    public async Task A_folder_redirect_is_a_path_on_this_host_never_a_network_path(string path)
    {
        using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{_server.Address.Port}{path}"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_request_for_another_host_name_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address, "/"));
        request.Headers.Host = host;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("Home", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:8080")]
    [InlineData("127.0.0.1")]
    public async Task Requests_for_this_machine_are_answered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address, "/"));
        request.Headers.Host = host;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
