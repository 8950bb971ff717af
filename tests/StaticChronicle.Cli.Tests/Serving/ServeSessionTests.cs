using System.Net;
using StaticChronicle.Build;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Tests.Serving;

/// <summary>The serve loop (build, serve, watch, rebuild, report) with a stand-in build that lists the seeds' first lines.</summary>
public sealed class ServeSessionTests : IAsyncLifetime, IDisposable
{
    private readonly TempSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _outputText = new();
    private readonly StringWriter _errorText = new();
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private ServeSession _session = null!;

    public ServeSessionTests()
    {
        _output = TextWriter.Synchronized(_outputText);
        _error = TextWriter.Synchronized(_errorText);
    }

    public async Task InitializeAsync()
    {
        var options = new ServeOptions(_site.ConfigPath, new ConfigOverrides(), Port: 0)
        {
            QuietPeriod = TimeSpan.FromMilliseconds(100),
            Build = ListSeeds,
        };
        _session = await ServeSession.StartAsync(options, _output, _error);
    }

    public async Task DisposeAsync() => await _session.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _outputText.Dispose();
        _errorText.Dispose();
        _site.Dispose();
    }

    private static BuildResult ListSeeds(SiteConfig config)
    {
        var seeds = SeedFiles.Enumerate(config.SeedsDirectory);
        var broken = seeds.FirstOrDefault(s => File.ReadAllText(s).Contains("BROKEN", StringComparison.Ordinal));
        if (broken is not null)
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(broken), 1, 1, "this seed is broken")]);
        }

        var items = string.Concat(seeds.Select(s => $"<li>{WebUtility.HtmlEncode(File.ReadLines(s).First())}</li>"));
        Directory.CreateDirectory(config.OutputDirectory);
        File.WriteAllText(Path.Combine(config.OutputDirectory, "index.html"), $"<html><body><p>{config.BaseUrl}</p><ul>{items}</ul></body></html>");
        return new BuildResult(seeds.Count, 1, 1, [], TimeSpan.Zero, config.OutputDirectory);
    }

    /// <summary>What the session printed so far; SyncTextWriter locks on itself while writing.</summary>
    private static string Printed(TextWriter writer, StringWriter text)
    {
        lock (writer)
        {
            return text.ToString();
        }
    }

    private Task<string> Home() => _http.GetStringAsync(_session.SiteUrl);

    [Fact]
    public async Task The_site_is_built_for_the_local_address_into_the_preview_folder_and_the_url_is_printed()
    {
        var home = await Home();

        Assert.Equal("/chronicle/", _session.SiteUrl.AbsolutePath);
        Assert.Contains($"<p>{_session.SiteUrl}</p>", home, StringComparison.Ordinal);
        Assert.Contains("<li>National Assembly Chairman Vuong Dinh Hue", home, StringComparison.Ordinal);
        Assert.Contains($"Serving {_session.SiteUrl}", Printed(_output, _outputText), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, ".chronicle", "serve", "index.html")));
        Assert.False(Directory.Exists(_site.OutputPath), "serve must not write the publishable _site/");
    }

    [Fact]
    public async Task A_new_seed_is_served_after_the_rebuild_it_triggers()
    {
        await File.WriteAllTextAsync(Path.Combine(_site.SeedsPath, "005_0123456789abcdef.txt"), "Freshly added article\nbody");

        await Eventually.Get(Home, html => html.Contains("<li>Freshly added article</li>", StringComparison.Ordinal), "the new seed on the page");
        Assert.Contains("after changes to", Printed(_output, _outputText), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_change_is_reported_in_the_terminal_and_over_the_last_good_site_until_it_is_fixed()
    {
        var seed = Path.Combine(_site.SeedsPath, "005_0123456789abcdef.txt");
        await File.WriteAllTextAsync(seed, "BROKEN article");

        var page = await Eventually.Get(Home, html => html.Contains(LiveReloadInjection.OverlayId, StringComparison.Ordinal), "the error overlay");
        Assert.Contains("005_0123456789abcdef.txt:1:1: error: this seed is broken", page, StringComparison.Ordinal);
        Assert.Contains("<li>National Assembly Chairman Vuong Dinh Hue", page, StringComparison.Ordinal);
        Assert.Contains("still serving the last good site", Printed(_error, _errorText), StringComparison.Ordinal);

        await File.WriteAllTextAsync(seed, "Mended article");
        page = await Eventually.Get(Home, html => html.Contains("<li>Mended article</li>", StringComparison.Ordinal), "the mended seed");
        Assert.DoesNotContain(LiveReloadInjection.OverlayId, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_that_no_longer_loads_is_an_error_too()
    {
        await File.AppendAllTextAsync(_site.ConfigPath, "\ntitel: typo\n");

        var page = await Eventually.Get(Home, html => html.Contains(LiveReloadInjection.OverlayId, StringComparison.Ordinal), "the error overlay");
        Assert.Contains("unknown key &#39;titel&#39;", page, StringComparison.Ordinal);
    }
}
