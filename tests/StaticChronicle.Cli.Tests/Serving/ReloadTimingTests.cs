using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;
using Xunit.Abstractions;

namespace StaticChronicle.Cli.Tests.Serving;

/// <summary>
/// What an editor waits for under <c>chronicle serve</c>: from saving a seed or the layout to the browser's reload event,
/// on a site of a few hundred seeds (the repository's five, copied under other dates and titles). The bound is loose, for a loaded
/// CI machine; what must hold exactly is that the edit took the incremental path (one page rendered).
/// </summary>
public sealed class ReloadTimingTests : IAsyncLifetime, IDisposable
{
    private const int Copies = 300;
    private readonly TempSite _site = new();
    private readonly ITestOutputHelper _log;
    private readonly StringWriter _outputText = new();
    private readonly TextWriter _output;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private ServeSession _session = null!;

    public ReloadTimingTests(ITestOutputHelper log)
    {
        _log = log;
        _output = TextWriter.Synchronized(_outputText);
        var originals = _site.SeedNames().Select(n => File.ReadAllText(Path.Combine(_site.SeedsPath, n))).ToList();
        for (var i = 0; i < Copies; i++)
        {
            // Dates away from the anniversary year (its overview reads bodies, so its articles take the whole rebuild).
            var date = new DateOnly(1990, 1, 1).AddDays(i * 29);
            var text = originals[i % originals.Count];
            File.WriteAllText(Path.Combine(_site.SeedsPath, string.Create(CultureInfo.InvariantCulture, $"{100 + i:D3}_copy.txt")),
                string.Create(CultureInfo.InvariantCulture, $"---\ntitle: \"Vietnam and Japan, report {i}\"\ndate: {date:yyyy-MM-dd}\n---\n{text}"));
        }
    }

    private string EditedSeed => Path.Combine(_site.SeedsPath, "101_copy.txt");

    public async Task InitializeAsync() =>
        _session = await ServeSession.StartAsync(new ServeOptions(_site.ConfigPath, new ConfigOverrides(), Port: 0), _output, _output);

    public async Task DisposeAsync() => await _session.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _outputText.Dispose();
        _site.Dispose();
    }

    private string Printed()
    {
        lock (_output)
        {
            return _outputText.ToString();
        }
    }

    [Fact]
    public async Task A_body_edit_reaches_the_browser_as_a_reload_after_rendering_one_page()
    {
        using var events = new ReloadEvents(_http, new Uri(_session.Server.Address,
            $"{LiveReloadInjection.EventsPath}?since={_session.Server.Current.Generation.ToString(CultureInfo.InvariantCulture)}"));
        await events.Connected;
        var original = await File.ReadAllTextAsync(EditedSeed);
        Assert.Contains("consistent policy", original, StringComparison.Ordinal);

        // The first edit after start-up pays for compiling the rebuild's code; the second is what an editor feels.
        var times = new List<double>();
        foreach (var text in new[] { original.Replace("consistent policy", "steady policy", StringComparison.Ordinal), original })
        {
            await Task.Delay(300);
            events.Drain();
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(EditedSeed, text);
            await events.Next().WaitAsync(TimeSpan.FromSeconds(60));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var built = Printed().Split('\n').Where(l => l.StartsWith("built", StringComparison.Ordinal)).ToList();
        _log.WriteLine($"{Copies + 5} seeds; save → reload: {string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} ms");
        built.ForEach(_log.WriteLine);
        Assert.Equal(3, built.Count);
        Assert.All(built.Skip(1), line => Assert.Contains("(1 rendered, the rest unchanged)", line, StringComparison.Ordinal));

        // About 100 ms on a quiet machine; the bound only catches a rebuild of the whole site.
        Assert.InRange(times[1], 0, 3000);
    }

    [Fact]
    public async Task A_layout_edit_reloads_the_browser_before_every_page_is_rendered_and_any_page_asked_for_is_current()
    {
        using var events = new ReloadEvents(_http, new Uri(_session.Server.Address,
            $"{LiveReloadInjection.EventsPath}?since={_session.Server.Current.Generation.ToString(CultureInfo.InvariantCulture)}"));
        await events.Connected;
        var layout = Path.Combine(_site.TemplatesPath, "layout.sbn-html");
        var original = await File.ReadAllTextAsync(layout);
        var preview = Path.Combine(_site.Root, ServeOptions.DefaultOutput);
        var last = Directory.GetDirectories(Path.Combine(preview, "articles")).Order(StringComparer.Ordinal).Last();

        await Task.Delay(300);
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(layout, original.Replace("</body>", "<!-- restyled -->\n</body>", StringComparison.Ordinal));
        await events.Next().WaitAsync(TimeSpan.FromSeconds(60));
        var reload = clock.Elapsed.TotalMilliseconds;
        var page = await _http.GetStringAsync(new Uri(_session.SiteUrl, $"articles/{Path.GetFileName(last)}/"));

        Assert.Contains("<!-- restyled -->", page, StringComparison.Ordinal);
        var deadline = Stopwatch.StartNew();
        while (!Printed().Contains("remaining pages", StringComparison.Ordinal) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        var built = Printed().Split('\n').Where(l => l.StartsWith("built", StringComparison.Ordinal) || l.StartsWith("rendered", StringComparison.Ordinal)).ToList();
        _log.WriteLine($"{Copies + 5} seeds; layout save → reload: {reload:0} ms");
        built.ForEach(_log.WriteLine);
        Assert.Contains("to render after the reload", built[1], StringComparison.Ordinal);
        Assert.StartsWith("rendered the ", built[2], StringComparison.Ordinal);
        Assert.All(Directory.EnumerateFiles(preview, "*.html", SearchOption.AllDirectories),
            file => Assert.Contains("<!-- restyled -->", File.ReadAllText(file), StringComparison.Ordinal));
        Assert.InRange(reload, 0, 3000);
    }

    /// <summary>The live-reload event stream, read as the page's script reads it.</summary>
    private sealed class ReloadEvents : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Channel<bool> _reloads = Channel.CreateUnbounded<bool>();
        private readonly Task _reading;

        public ReloadEvents(HttpClient http, Uri address) => _reading = Read(http, address);

        public Task Connected => _connected.Task;

        public void Drain()
        {
            while (_reloads.Reader.TryRead(out _))
            {
            }
        }

        public async Task Next() => await _reloads.Reader.ReadAsync();

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _reading.Wait();
            }
            catch (AggregateException)
            {
            }

            _stop.Dispose();
        }

        private async Task Read(HttpClient http, Uri address)
        {
            try
            {
                using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
                _connected.TrySetResult();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line == "event: reload")
                    {
                        _reloads.Writer.TryWrite(true);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
