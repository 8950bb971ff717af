using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Build;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;

namespace StaticChronicle.Benchmarks.Profiling;

/// <summary>
/// <c>serve</c>: what an editor waits for under <c>chronicle serve</c> on a corpus. Starts a real serve session,
/// listens to its live-reload events as a browser does, and times each edit from the moment the file is saved to
/// the reload event: a seed's body edited (and put back), then the layout template edited (every page changes) and
/// put back. Then the same edits straight through <see cref="IncrementalSiteBuild"/>, with the time of each stage.
/// </summary>
internal static class ServeProfile
{
    private const string Sentence = " Both sides also agreed to keep in close contact.";

    public static void Run(string corpus, int rounds, bool stagesOnly, TextWriter report)
    {
        // The corpus's configuration points at the repository's templates: the layout is edited in a copy, never there.
        var original = Path.Combine(corpus, "site-config.yml");
        var templates = Path.Combine(corpus, "serve-profile-templates");
        var configFile = Path.Combine(corpus, "serve-profile-config.yml");
        CopyFolder(SiteConfigLoader.Load(original).TemplatesDirectory, templates);
        File.WriteAllText(configFile, Regex.Replace(File.ReadAllText(original), @"(?m)^(\s+templates:).*$", "$1 serve-profile-templates"));
        var seed = Directory.EnumerateFiles(Path.Combine(corpus, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var layout = Path.Combine(templates, "layout.sbn-html");
        var seedText = File.ReadAllText(seed);
        var layoutText = File.ReadAllText(layout);
        try
        {
            if (!stagesOnly)
            {
                EndToEnd(configFile, seed, seedText, layout, layoutText, rounds, report).GetAwaiter().GetResult();
            }

            Stages(configFile, seed, seedText, layout, layoutText, rounds, report);
        }
        finally
        {
            File.WriteAllText(seed, seedText);
            File.Delete(configFile);
            Directory.Delete(templates, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The seed with a sentence added to its longest line (its body: text after the end would fall in the "Other news" tail).</summary>
    private static string Edited(string text, int round)
    {
        var lines = text.Split('\n');
        var longest = Array.IndexOf(lines, lines.MaxBy(l => l.Length));
        lines[longest] += Sentence.Replace(".", string.Create(CultureInfo.InvariantCulture, $" in round {round}."), StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    private static string EditedLayout(string text, int round) =>
        text.Replace("</body>", string.Create(CultureInfo.InvariantCulture, $"<!-- round {round} -->\n</body>"), StringComparison.Ordinal);

    private static async Task EndToEnd(string configFile, string seed, string seedText, string layout, string layoutText, int rounds, TextWriter report)
    {
        var log = new StringWriter();
        var output = TextWriter.Synchronized(log);
        var clock = Stopwatch.StartNew();
        await using var session = await ServeSession.StartAsync(new ServeOptions(configFile, new ConfigOverrides(), Port: 0), output, output);
        report.WriteLine($"serve session started (first build) in {clock.ElapsedMilliseconds} ms at {session.SiteUrl}");

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var events = new ReloadEvents(http, new Uri(session.Server.Address, LiveReloadInjection.EventsPath + "?since=" + session.Server.Current.Generation.ToString(CultureInfo.InvariantCulture)));
        await events.Connected;

        var seedTimes = new List<double>();
        var templateTimes = new List<double>();
        for (var round = 1; round <= rounds * 2; round++)
        {
            seedTimes.Add(await Time(events, () => File.WriteAllText(seed, round % 2 == 1 ? Edited(seedText, round) : seedText)));
        }

        // After a layout change the browser reloads before every page is rendered: the page it then asks for is rendered
        // first, so the time an editor waits is the reload plus that request.
        var article = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(configFile)!, ServeOptions.DefaultOutput, "articles")).Order(StringComparer.Ordinal).Last();
        var page = new Uri(session.SiteUrl, $"articles/{Path.GetFileName(article)}/");
        var pageTimes = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var text in new[] { EditedLayout(layoutText, round), layoutText })
            {
                templateTimes.Add(await Time(events, () => File.WriteAllText(layout, text)));
                var fetch = Stopwatch.StartNew();
                var html = await http.GetStringAsync(page);
                pageTimes.Add(templateTimes[^1] + fetch.Elapsed.TotalMilliseconds);
                if (html.Contains("<!-- round", StringComparison.Ordinal) != (text != layoutText))
                {
                    throw new InvalidOperationException($"{page} was served without the layout just saved");
                }
            }
        }

        report.WriteLine("save → reload event, as a browser sees it (ms):");
        report.WriteLine($"  seed body edited:  median {Median(seedTimes):0} (of {seedTimes.Count}: {string.Join(", ", seedTimes.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");
        report.WriteLine($"  layout edited:     median {Median(templateTimes):0} (of {templateTimes.Count}: {string.Join(", ", templateTimes.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");
        report.WriteLine($"  layout edited, then an article page fetched (current): median {Median(pageTimes):0} (of {pageTimes.Count}: {string.Join(", ", pageTimes.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");
        report.WriteLine("the session's own lines:");
        lock (output)
        {
            foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("built", StringComparison.Ordinal) || l.StartsWith("rendered", StringComparison.Ordinal)))
            {
                report.WriteLine("  " + (line.Length > 160 ? line[..160] + "…" : line));
            }
        }
    }

    private static async Task<double> Time(ReloadEvents events, Action save)
    {
        // Quiet first, so one edit's rebuild never overlaps the next.
        await Task.Delay(400);
        events.Drain();
        var clock = Stopwatch.StartNew();
        save();
        await events.Next().WaitAsync(TimeSpan.FromMinutes(2));
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Stages(string configFile, string seed, string seedText, string layout, string layoutText, int rounds, TextWriter report)
    {
        var config = new ConfigOverrides(OutputDirectory: Path.Combine(Path.GetDirectoryName(configFile)!, ServeOptions.DefaultOutput)).ApplyTo(SiteConfigLoader.Load(configFile));
        var stages = new StageClock();
        var session = new IncrementalSiteBuild(new BuildOptions { Progress = stages, UseCache = true });
        var clock = Stopwatch.StartNew();
        session.Rebuild(config);
        report.WriteLine($"IncrementalSiteBuild, first build: {clock.ElapsedMilliseconds} ms");
        for (var round = 1; round <= rounds * 2; round++)
        {
            File.WriteAllText(seed, round % 2 == 1 ? Edited(seedText, round) : seedText);
            Rebuild(session, config, stages, "seed", [seed], report);
        }

        for (var round = 1; round <= rounds; round++)
        {
            File.WriteAllText(layout, EditedLayout(layoutText, round));
            Rebuild(session, config, stages, "layout", [layout], report);
            File.WriteAllText(layout, layoutText);
            Rebuild(session, config, stages, "layout", [layout], report);
        }
    }

    /// <param name="changed">What a file watcher would report, as `serve` passes it on.</param>
    private static void Rebuild(IncrementalSiteBuild session, SiteConfig config, StageClock stages, string what, IReadOnlyCollection<string> changed, TextWriter report)
    {
        stages.Start();
        var result = session.Rebuild(config, changed);
        var total = stages.Stop();
        var steps = string.Join(", ", session.LastSteps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.TotalMilliseconds:0}")));
        // The heap after each rebuild: a long session must not grow with the number of edits.
        var heap = GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024);
        report.WriteLine($"  {what,-6} {total,6:0} ms, {result.PagesRendered,5} pages rendered, {result.SeedsExtracted} extracted: {steps}; heap {heap} MB");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Milliseconds from one reported stage to the next, as the build reports them (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class StageClock : IProgress<BuildProgress>
    {
        private readonly Stopwatch _clock = new();
        private readonly List<(BuildStage Stage, double At)> _marks = [];

        public void Start()
        {
            lock (_marks)
            {
                _marks.Clear();
            }

            _clock.Restart();
        }

        public double Stop()
        {
            _clock.Stop();
            return _clock.Elapsed.TotalMilliseconds;
        }

        public void Report(BuildProgress value)
        {
            lock (_marks)
            {
                if (_marks.Count == 0 || _marks[^1].Stage != value.Stage)
                {
                    _marks.Add((value.Stage, _clock.Elapsed.TotalMilliseconds));
                }
            }
        }

        public override string ToString()
        {
            lock (_marks)
            {
                var end = _clock.Elapsed.TotalMilliseconds;
                return string.Join(", ", _marks.Select((m, i) => string.Create(CultureInfo.InvariantCulture,
                    $"{m.Stage} {(i + 1 < _marks.Count ? _marks[i + 1].At : end) - m.At:0}")));
            }
        }
    }

    /// <summary>The live-reload event stream, read as the page's script reads it.</summary>
    private sealed class ReloadEvents : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Threading.Channels.Channel<bool> _reloads = System.Threading.Channels.Channel.CreateUnbounded<bool>();
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
    }
}
