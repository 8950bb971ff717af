using System.Diagnostics;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Serving;

/// <summary>
/// <c>chronicle serve</c> at work: builds the site for the local address, serves it, and rebuilds when a seed,
/// a template or the configuration changes. A failed rebuild is reported in the terminal and over the pages,
/// and the last good site stays served.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly SiteServer _server;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Debouncer _debouncer;
    private readonly Lock _changedGate = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedFiles = new(StringComparer.Ordinal);

    // True until a watcher has seen every change since the last build: the first build, after a lost event, after a
    // failed build, after the watcher was (re)started. The next build then looks at every seed instead of trusting the list.
    private bool _changesUnknown = true;
    private ChangeWatcher? _watcher;
    private (string Seeds, string Templates)? _watched;
    private readonly Func<SiteConfig, IReadOnlyCollection<string>?, BuildResult> _build;
    private readonly IncrementalSiteBuild _session;
    private HashSet<string> _warned = new(StringComparer.Ordinal);
    private long _generation;

    private ServeSession(ServeOptions options, SiteServer server, TextWriter output, TextWriter error)
    {
        _options = options;
        _server = server;
        _output = output;
        _error = error;
        _debouncer = new Debouncer(options.QuietPeriod, token => Task.Run(Rebuild, token));
        _session = new IncrementalSiteBuild(new BuildOptions { UseCache = true }) { DeferPagesAbove = options.RenderFirst };
        _build = options.Build is { } build ? (config, _) => build(config) : _session.Rebuild;
    }

    /// <summary>The site's address, base path included.</summary>
    public Uri SiteUrl => _server.SiteUrl;

    public SiteServer Server => _server;

    /// <summary>Loads the configuration, starts the server, builds once and starts watching.</summary>
    /// <exception cref="DiagnosticException">The configuration cannot be read: there is no base path to serve under.</exception>
    public static async Task<ServeSession> StartAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var config = LoadConfig(options);
        var server = await SiteServer.StartAsync(options.Port, new ServedSite(null, config.BaseUrl.AbsolutePath, [], 0), cancellationToken).ConfigureAwait(false);
        var session = new ServeSession(options, server, output, error);
        try
        {
            // Watching before the first build, so an edit made while it runs is on the next build's list: that build
            // can then trust the list instead of looking at every seed again.
            session.Watch(config);
            session.Rebuild();
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        output.WriteLine($"Serving {session.SiteUrl} (preview built in {DisplayPath.For(LocalConfig(options, config, server.Address).OutputDirectory)}). Watching the seeds, the templates and {DisplayPath.For(options.ConfigFile)}; Ctrl-C stops.");
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _debouncer.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    private static SiteConfig LoadConfig(ServeOptions options) =>
        options.Overrides.ApplyTo(SiteConfigLoader.Load(options.ConfigFile));

    /// <summary>The configuration as the preview is built: the local address for absolute URLs, the preview folder for output.</summary>
    private static SiteConfig LocalConfig(ServeOptions options, SiteConfig config, Uri address)
    {
        var local = config with { BaseUrl = new Uri(address, config.BaseUrl.AbsolutePath) };
        return options.Overrides.OutputDirectory is null
            ? local with { Paths = local.Paths with { Output = Path.Combine(config.RootDirectory, ServeOptions.DefaultOutput) } }
            : local;
    }

    private void OnChanged(string path)
    {
        lock (_changedGate)
        {
            _changed.Add(DisplayPath.For(path));
            _changedFiles.Add(Path.GetFullPath(path));
        }

        _debouncer.Trigger();
    }

    /// <summary>The watcher may have missed changes (its buffer overflowed): the next build checks every file.</summary>
    private void OnChangesLost()
    {
        ChangesUnknown();
        _debouncer.Trigger();
    }

    private void ChangesUnknown()
    {
        lock (_changedGate)
        {
            _changesUnknown = true;
        }
    }

    /// <summary>One build; runs on the debouncer's loop, never two at a time.</summary>
    private void Rebuild()
    {
        string[] changed;
        string[]? changedFiles;
        lock (_changedGate)
        {
            changed = [.. _changed];
            _changed.Clear();
            changedFiles = _changesUnknown ? null : [.. _changedFiles];
            _changedFiles.Clear();
            _changesUnknown = false;
        }

        var clock = Stopwatch.StartNew();
        var current = _server.Current;
        IReadOnlyList<Diagnostic> problems;
        SiteConfig? config = null;
        try
        {
            config = LoadConfig(_options);
            var result = _build(LocalConfig(_options, config, _server.Address), changedFiles);
            // The browser reloads first; the terminal can wait.
            var built = new ServedSite(result.OutputDirectory, config.BaseUrl.AbsolutePath, [], Interlocked.Increment(ref _generation))
            {
                RenderPending = result.PagesDeferred > 0 ? RenderIfDeferred : null,
            };
            _server.Publish(built);

            // Each warning once per session: a large site has thousands, and every rebuild repeating them buries what changed.
            var warnings = result.Warnings.Select(w => w.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var warning in warnings.Where(w => !_warned.Contains(w)))
            {
                _output.WriteLine(warning);
            }

            _warned = warnings;
            var because = changed.Length == 0 ? "" : $" after changes to {string.Join(", ", changed)}";
            var rendered = result.PagesDeferred > 0 ? $" ({result.PagesRendered} rendered, {result.PagesDeferred} to render after the reload)"
                : result.PagesRendered == result.Pages ? "" : $" ({result.PagesRendered} rendered, the rest unchanged)";
            _output.WriteLine($"built {result.Pages} pages{rendered} in {clock.ElapsedMilliseconds} ms{because}.");
            if (built.BasePath != current.BasePath && current.Folder is not null)
            {
                _output.WriteLine($"The base path changed: the site is now at {_server.SiteUrl}");
            }

            if (result.PagesDeferred > 0)
            {
                RenderDeferred(built, result.PagesDeferred);
            }
        }
        catch (DiagnosticException e)
        {
            problems = e.Diagnostics.Count > 0 ? e.Diagnostics : [Diagnostic.Error(DisplayPath.For(_options.ConfigFile), 0, 0, e.Message)];
            Fail(current, problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever broke this one build (a locked file, a template engine bug), the preview keeps
            // serving the last good site and the next save tries again.
            Fail(current, [Diagnostic.Error(DisplayPath.For(_options.ConfigFile), 0, 0, $"the build stopped unexpectedly: {e.GetType().Name}: {e.Message}")]);
        }

        Watch(config ?? TryLoadConfig());
    }

    /// <summary>
    /// Renders the pages the rebuild left for after the reload, a batch at a time, and stops as soon as a new change
    /// waits: the next rebuild takes the rest into account. A template error fails the build as a rebuild's would.
    /// </summary>
    private void RenderDeferred(ServedSite built, int count)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            while (!ChangesWaiting())
            {
                if (_session.RenderDeferred(64) == 0)
                {
                    _server.Publish(built with { RenderPending = null });
                    _output.WriteLine($"rendered the {count} remaining pages in {clock.ElapsedMilliseconds} ms.");
                    return;
                }
            }
        }
        catch (DiagnosticException e)
        {
            Fail(built, e.Diagnostics);
        }
    }

    /// <summary>A request's page, rendered first if it waits (a template error is reported by the rendering loop, not here).</summary>
    private void RenderIfDeferred(string path)
    {
        try
        {
            _session.RenderIfDeferred(path);
        }
        catch (DiagnosticException)
        {
        }
    }

    private bool ChangesWaiting()
    {
        lock (_changedGate)
        {
            return _changed.Count > 0 || _changedFiles.Count > 0 || _changesUnknown;
        }
    }

    private void Fail(ServedSite current, IReadOnlyList<Diagnostic> problems)
    {
        ChangesUnknown();
        foreach (var problem in problems)
        {
            _error.WriteLine(problem.ToString());
        }

        _error.WriteLine(current.Folder is null
            ? $"build failed: {problems.Count(p => p.IsError)} error(s); the page shows them until they are fixed."
            : $"build failed: {problems.Count(p => p.IsError)} error(s); still serving the last good site.");
        _server.Publish(current with { Problems = problems, Generation = Interlocked.Increment(ref _generation) });
    }

    private SiteConfig? TryLoadConfig()
    {
        try
        {
            return LoadConfig(_options);
        }
        catch (DiagnosticException)
        {
            return null;
        }
    }

    /// <summary>(Re)starts the file watcher when the folders to watch are new or changed.</summary>
    private void Watch(SiteConfig? config)
    {
        if (config is null || _watched == (config.SeedsDirectory, config.TemplatesDirectory))
        {
            return;
        }

        _watcher?.Dispose();
        _watcher = new ChangeWatcher(_options.ConfigFile, config, OnChanged, OnChangesLost);
        ChangesUnknown();
        _watched = (config.SeedsDirectory, config.TemplatesDirectory);
    }
}
