using System.Diagnostics;
using System.Text;
using StaticChronicle.Caching;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Files;
using StaticChronicle.Rendering;
using StaticChronicle.Seeds;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>
/// A build session that lives as long as its process (<c>chronicle serve</c>) and rebuilds one output folder again
/// and again, keeping in memory what the on-disk cache would otherwise read back each time: every seed's extraction
/// outcome, the loaded templates, the fingerprint of what each published file was made from, and the fingerprints of
/// the articles. A rebuild extracts only the seeds that changed, builds the model and plans the pages again (cheap),
/// renders only the pages whose fingerprint changed and publishes only the files that changed. What it publishes is
/// byte for byte what <see cref="SiteBuild.FromSeeds(SiteConfig, BuildOptions)"/> would build from the same inputs.
/// </summary>
/// <remarks>
/// A changed configuration starts the session over (a full build); changed templates are loaded again and every page
/// they render is fingerprinted anew, while extraction and the model are reused. The session owns its output folder
/// while it runs: a file changed there by someone else is only replaced when its page changes. Not thread-safe: one
/// rebuild at a time.
/// </remarks>
public sealed class IncrementalSiteBuild
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly BuildOptions _options;
    private SiteConfig? _config;
    private UInt128 _configKey;
    private SeedOutcomeMemory? _outcomes;
    private Lazy<ArticleExtractor>? _extractor;
    private IReadOnlyList<string>? _seedFiles;
    private HashSet<string>? _listedSeeds;
    private ITemplateRenderer? _templates;
    private UInt128 _templatesKey;

    /// <summary>What each published file was made from (pages, data files) or holds (cards, assets, marker); null: nothing published yet.</summary>
    private Dictionary<string, UInt128>? _published;

    /// <summary>The fingerprint of each data file's inputs when it was last made, so that unchanged inputs skip making it.</summary>
    private Dictionary<string, UInt128> _dataInputs = new(StringComparer.Ordinal);
    private Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private LastBuild? _last;

    /// <summary>Pages whose templates changed and that are not rendered yet: on disk as they were, published under their old fingerprint.</summary>
    private readonly Dictionary<string, PageJob> _deferred = new(StringComparer.Ordinal);

    // Rebuilds and the deferred pages' renders (the serve loop's, and a request's for one page) take turns.
    private readonly Lock _gate = new();
    private List<KeyValuePair<string, TimeSpan>> _steps = [];
    private TimeSpan _stepStart;

    /// <param name="options">How to build; a search index (<see cref="BuildOptions.Search"/>) is not supported by a session.</param>
    public IncrementalSiteBuild(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Search)
        {
            throw new ArgumentException("an incremental build session does not index the site for search.", nameof(options));
        }

        _options = options;
    }

    /// <summary>How long each step of the last rebuild took, in order (extract, model, plan, fingerprint, render, data, publish).</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> LastSteps => _steps;

    /// <summary>True when the last rebuild found that no article changed but in its body, and rendered only those articles' pages.</summary>
    public bool OnlyBodiesChanged { get; private set; }

    /// <summary>
    /// When a change of templates alone alters more pages than this, the rebuild renders one page of each template (so a
    /// template error is still reported by the rebuild) and leaves the rest to <see cref="RenderDeferred"/> and
    /// <see cref="RenderIfDeferred"/>: <c>serve</c> reloads the browser first and renders a page when it is asked for,
    /// as Hugo's server does. Unlimited by default: every rebuild leaves a complete site.
    /// </summary>
    public int DeferPagesAbove { get; init; } = int.MaxValue;

    /// <summary>How many pages wait to be rendered with the current templates.</summary>
    public int DeferredPages
    {
        get
        {
            lock (_gate)
            {
                return _deferred.Count;
            }
        }
    }

    /// <summary>How many rebuilds started over from nothing (the first, and each after the configuration changed or a publish failed).</summary>
    public int FullBuilds { get; private set; }

    /// <summary>
    /// Builds <paramref name="config"/>'s site into its output folder, reusing what earlier rebuilds of this session left;
    /// throws <see cref="DiagnosticException"/> with every problem when it cannot, leaving the published site as it was.
    /// </summary>
    public BuildResult Rebuild(SiteConfig config) => Rebuild(config, null);

    /// <summary>
    /// As <see cref="Rebuild(SiteConfig)"/>, told by a file watcher which files changed since the last rebuild
    /// (full paths): the other seeds this session holds are not looked at again. Null when that is not known.
    /// </summary>
    public BuildResult Rebuild(SiteConfig config, IReadOnlyCollection<string>? changedFiles)
    {
        ArgumentNullException.ThrowIfNull(config);
        lock (_gate)
        {
            return RebuildLocked(config, changedFiles);
        }
    }

    private BuildResult RebuildLocked(SiteConfig config, IReadOnlyCollection<string>? changedFiles)
    {
        var clock = Stopwatch.StartNew();
        _steps = [];
        _stepStart = TimeSpan.Zero;
        OnlyBodiesChanged = false;
        var configKey = new ModelFingerprint().Of(config);
        if (_config is null || configKey != _configKey)
        {
            StartOver(config, configKey);
        }

        var output = config.OutputDirectory;
        SiteBuild.ThrowIfAny(OutputFolder.Check(config, output));
        IReadOnlyList<string> notes = _published is null ? OutputFolder.Recover(output) : [];
        var full = _published is null;
        if (full)
        {
            FullBuilds++;
        }

        _options.Progress?.Report(new BuildProgress(BuildStage.ReadSeeds, 0, 0));
        var seedFiles = SeedList(config, changedFiles);
        var templateFiles = SiteFiles.Under(config.TemplatesDirectory, config.RootDirectory);
        var (ingestion, cacheNotes) = Ingest(config, seedFiles, changedFiles);
        Step(clock, "extract");
        if (ingestion.HasErrors)
        {
            throw new DiagnosticException(ingestion.Diagnostics);
        }

        var warnings = ingestion.Diagnostics.Where(d => !d.IsError).ToList();

        _options.Progress?.Report(new BuildProgress(BuildStage.LoadTemplates, 0, 0));
        var templates = Templates(config, templateFiles);
        Step(clock, "templates");

        if (RebuildBodies(config, ingestion.Articles, templates, warnings, clock, cacheNotes) is { } quick)
        {
            return quick;
        }

        if (RebuildTemplates(config, ingestion.Articles, templates, templateFiles, warnings, clock, cacheNotes) is { } restyled)
        {
            return restyled;
        }

        _options.Progress?.Report(new BuildProgress(BuildStage.PlanPages, 0, 0));
        var model = SiteModelBuilder.Build(config, ingestion.Articles, _options.BuiltAt);
        Step(clock, "model");
        var jobs = PageCards.Attach(PagePlanner.Plan(model), model.Info, config.SocialCards);
        SiteBuild.CheckTemplatesExist(config, templates, jobs);
        var redirects = RedirectPages.Plan(config, model, jobs.Select(j => j.OutputPath));
        Step(clock, "plan");

        var fingerprint = new ModelFingerprint();
        var outputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var stamps = TemplateStamps.ForPages(config.TemplatesDirectory, jobs.Select(j => j.Template));
        var render = ChangedPages(jobs, model, stamps, fingerprint, outputs);
        Step(clock, "fingerprint");
        var dataFiles = DataFiles.Of(model, jobs, redirects);
        var dataInputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);

        var previous = _published;
        bool Unchanged(string path, UInt128 hash)
        {
            outputs[path] = hash;
            return previous is not null && previous.TryGetValue(path, out var was) && was == hash;
        }

        var assets = new HashSet<string>(StringComparer.Ordinal);
        var staging = OutputFolder.CreateStaging(output);
        try
        {
            SiteBuild.RenderPages(staging, new PageRenderer(templates, model.Info), render, _options.Progress);
            Step(clock, "render");
            _options.Progress?.Report(new BuildProgress(BuildStage.WriteData, 0, 0));
            var files = jobs.Count + WriteDataFiles(staging, dataFiles, fingerprint, dataInputs, Unchanged)
                + SiteBuild.CopyAssets(config.TemplatesDirectory, templateFiles, staging, (path, hash) =>
                {
                    assets.Add(path);
                    return Unchanged(path, hash);
                })
                + SiteBuild.WriteMarker(staging, Unchanged);
            var (cards, cardsDrawn) = SiteBuild.WriteCards(staging, config, model.Info, jobs, Unchanged);
            files += cards;
            Step(clock, "data and cards");

            _options.Progress?.Report(new BuildProgress(BuildStage.Publish, 0, 0));
            Publish(staging, output, outputs, previous);
            Step(clock, "publish");

            _published = outputs;
            _dataInputs = dataInputs;
            _deferred.Clear();
            var pageTemplates = jobs.ToDictionary(j => j.OutputPath, j => j.Template, StringComparer.Ordinal);
            _last = new LastBuild(ingestion.Articles, _templatesKey, stamps, model.Info, model.Urls.BasePath,
                jobs.ToDictionary(j => j.OutputPath, StringComparer.Ordinal), pageTemplates, model.Articles.Count, files, assets, templates);

            var weight = PageWeight.Of(_sizes, pageTemplates, config.PageBudgetKb, DisplayPath.For(output));
            return new BuildResult(model.Articles.Count, jobs.Count, files, [.. warnings, .. weight.Warnings], clock.Elapsed, output)
            {
                PagesRendered = render.Count,
                CardsDrawn = cardsDrawn,
                SeedsExtracted = _outcomes!.Extracted,
                SeedsReused = _outcomes.Reused,
                CacheNotes = cacheNotes,
                Notes = notes,
                Weight = weight,
            };
        }
        finally
        {
            OutputFolder.Discard(staging);
        }
    }

    /// <summary>
    /// The rebuild when no article changed but in its body (an editor's fix inside the text), or none changed at all:
    /// then every page but those articles' own shows what it showed, so only they are rendered, from the last plan's
    /// jobs with the new body, without building the model again. Null when anything else changed: the whole rebuild
    /// then decides. The anniversary overview reads the bodies of its year's articles, so those take the whole rebuild.
    /// </summary>
    private BuildResult? RebuildBodies(
        SiteConfig config, IReadOnlyList<Article> articles, ITemplateRenderer templates, List<Diagnostic> warnings, Stopwatch clock, IReadOnlyList<string> cacheNotes)
    {
        if (_last is not { } last || _published is null || last.TemplatesKey != _templatesKey || articles.Count != last.Articles.Count)
        {
            return null;
        }

        var compare = new ModelFingerprint();
        var bodies = new List<Article>();
        for (var i = 0; i < articles.Count; i++)
        {
            var (was, now) = (last.Articles[i], articles[i]);
            if (ReferenceEquals(was, now))
            {
                continue;
            }

            if (was.SourcePath != now.SourcePath || !BodyEditBuild.SameButBody(was, now, compare))
            {
                return null;
            }

            if (was.Body != now.Body && !now.Draft)
            {
                if (now.Date.Year == config.Anniversary.Year)
                {
                    return null;
                }

                bodies.Add(now);
            }
        }

        var markdown = new ArticleMarkdown(last.BasePath);
        var render = new List<PageJob>(bodies.Count);
        var jobs = new Dictionary<string, PageJob>(last.Jobs, StringComparer.Ordinal);
        foreach (var article in bodies)
        {
            var path = SiteUrls.ArticlePath(article.Slug) + "index.html";
            if (!jobs.TryGetValue(path, out var job))
            {
                return null;
            }

            var model = PagePlanner.WithBody(new Dictionary<string, object?>(job.Model, StringComparer.Ordinal), markdown, last.BasePath, article.Body);
            jobs[path] = job with { Model = model };
            render.Add(jobs[path]);
        }

        Step(clock, "compare articles");
        var outputs = WithFingerprints(_published, render, last.Info, last.Stamps);

        render.RemoveAll(j => _published.TryGetValue(j.OutputPath, out var was) && was == outputs[j.OutputPath]);
        if (render.Count > 0)
        {
            var staging = OutputFolder.CreateStaging(config.OutputDirectory);
            try
            {
                SiteBuild.RenderPages(staging, new PageRenderer(templates, last.Info), render, _options.Progress);
                Step(clock, "render");
                Publish(staging, config.OutputDirectory, outputs, _published);
                Step(clock, "publish");
            }
            finally
            {
                OutputFolder.Discard(staging);
            }
        }

        _published = outputs;
        _last = last with { Articles = articles, Jobs = jobs };
        foreach (var article in bodies)
        {
            _deferred.Remove(SiteUrls.ArticlePath(article.Slug) + "index.html");
        }

        OnlyBodiesChanged = true;
        var weight = PageWeight.Of(_sizes, last.Templates, config.PageBudgetKb, DisplayPath.For(config.OutputDirectory));
        return new BuildResult(last.ArticleCount, last.Jobs.Count, last.Files, [.. warnings, .. weight.Warnings], clock.Elapsed, config.OutputDirectory)
        {
            PagesRendered = render.Count,
            SeedsExtracted = _outcomes!.Extracted,
            SeedsReused = _outcomes.Reused,
            CacheNotes = cacheNotes,
            Weight = weight,
        };
    }

    /// <summary>
    /// The rebuild when only templates changed (no seed, no configuration): the model, the plan, the data files and the
    /// cards are the last rebuild's, so only the pages whose template stamp changed (and pages still deferred) are looked
    /// at, and the assets copied again. Null when an article changed too: the whole rebuild then decides.
    /// </summary>
    private BuildResult? RebuildTemplates(
        SiteConfig config, IReadOnlyList<Article> articles, ITemplateRenderer templates, IReadOnlyList<string> templateFiles,
        List<Diagnostic> warnings, Stopwatch clock, IReadOnlyList<string> cacheNotes)
    {
        if (_last is not { } last || _published is null || last.TemplatesKey == _templatesKey || articles.Count != last.Articles.Count)
        {
            return null;
        }

        var compare = new ModelFingerprint();
        for (var i = 0; i < articles.Count; i++)
        {
            var (was, now) = (last.Articles[i], articles[i]);
            if (!ReferenceEquals(was, now) && (was.SourcePath != now.SourcePath || was.Body != now.Body || !BodyEditBuild.SameButBody(was, now, compare)))
            {
                return null;
            }
        }

        var jobs = last.Jobs.Values.ToList();
        SiteBuild.CheckTemplatesExist(config, templates, jobs);
        var stamps = TemplateStamps.ForPages(config.TemplatesDirectory, jobs.Select(j => j.Template));
        var affected = jobs.Where(j => stamps[j.Template] != last.Stamps[j.Template] || _deferred.ContainsKey(j.OutputPath)).ToList();
        Step(clock, "compare templates");

        // One page of each template is rendered now either way, so a template that fails on its pages fails this rebuild.
        var render = affected;
        var defer = new List<PageJob>();
        if (affected.Count > DeferPagesAbove)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            render = [.. affected.Where(j => seen.Add(j.Template))];
            defer = [.. affected.Where(j => !render.Contains(j))];
        }

        var outputs = WithFingerprints(_published, render, last.Info, stamps);

        render.RemoveAll(j => _published.TryGetValue(j.OutputPath, out var was) && was == outputs[j.OutputPath]);
        Step(clock, "fingerprint");

        foreach (var asset in last.Assets)
        {
            outputs.Remove(asset);
        }

        var assets = new HashSet<string>(StringComparer.Ordinal);
        var previous = _published;
        bool Unchanged(string path, UInt128 hash)
        {
            outputs[path] = hash;
            return previous.TryGetValue(path, out var was) && was == hash;
        }

        var staging = OutputFolder.CreateStaging(config.OutputDirectory);
        try
        {
            SiteBuild.RenderPages(staging, new PageRenderer(templates, last.Info), render, _options.Progress);
            Step(clock, "render");
            var files = last.Files - last.Assets.Count + SiteBuild.CopyAssets(config.TemplatesDirectory, templateFiles, staging, (path, hash) =>
                {
                    assets.Add(path);
                    return Unchanged(path, hash);
                });
            Publish(staging, config.OutputDirectory, outputs, previous);
            Step(clock, "publish");
            _published = outputs;
            foreach (var job in affected)
            {
                _deferred.Remove(job.OutputPath);
            }

            foreach (var job in defer)
            {
                _deferred[job.OutputPath] = job;
            }

            _last = last with { Articles = articles, TemplatesKey = _templatesKey, Stamps = stamps, Files = files, Assets = assets, Renderer = templates };
            var weight = PageWeight.Of(_sizes, last.Templates, config.PageBudgetKb, DisplayPath.For(config.OutputDirectory));
            return new BuildResult(last.ArticleCount, last.Jobs.Count, files, [.. warnings, .. weight.Warnings], clock.Elapsed, config.OutputDirectory)
            {
                PagesRendered = render.Count,
                PagesDeferred = _deferred.Count,
                SeedsExtracted = _outcomes!.Extracted,
                SeedsReused = _outcomes.Reused,
                CacheNotes = cacheNotes,
                Weight = weight,
            };
        }
        finally
        {
            OutputFolder.Discard(staging);
        }
    }

    /// <summary>
    /// Renders and publishes up to <paramref name="count"/> of the pages a rebuild deferred; returns how many still wait.
    /// A template error is thrown as <see cref="DiagnosticException"/> and leaves those pages deferred.
    /// </summary>
    public int RenderDeferred(int count)
    {
        lock (_gate)
        {
            if (_deferred.Count > 0 && _config is { } config)
            {
                RenderNow(config, [.. _deferred.Values.Take(count)]);
            }

            return _deferred.Count;
        }
    }

    /// <summary>
    /// Renders the page at <paramref name="outputPath"/> (relative to the output folder, '/'-separated) now if a rebuild
    /// deferred it, so a request is never answered with a page older than the templates; false when it was not deferred.
    /// </summary>
    public bool RenderIfDeferred(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        lock (_gate)
        {
            if (_config is not { } config || !_deferred.TryGetValue(outputPath, out var job))
            {
                return false;
            }

            RenderNow(config, [job]);
            return true;
        }
    }

    private void RenderNow(SiteConfig config, List<PageJob> jobs)
    {
        var last = _last!;
        var published = _published!;
        var outputs = WithFingerprints(published, jobs, last.Info, last.Stamps);

        var staging = OutputFolder.CreateStaging(config.OutputDirectory);
        try
        {
            SiteBuild.RenderPages(staging, new PageRenderer(last.Renderer, last.Info), jobs.Where(j => published[j.OutputPath] != outputs[j.OutputPath]).ToList(), null);
            Publish(staging, config.OutputDirectory, outputs, published);
            _published = outputs;
            foreach (var job in jobs)
            {
                _deferred.Remove(job.OutputPath);
            }
        }
        finally
        {
            OutputFolder.Discard(staging);
        }
    }

    private void Step(Stopwatch clock, string name)
    {
        var now = clock.Elapsed;
        _steps.Add(new KeyValuePair<string, TimeSpan>(name, now - _stepStart));
        _stepStart = now;
    }

    private void StartOver(SiteConfig config, UInt128 configKey)
    {
        _config = config;
        _configKey = configKey;
        _outcomes = new SeedOutcomeMemory(config.RootDirectory);
        _extractor = new Lazy<ArticleExtractor>(() => new ArticleExtractor(config), LazyThreadSafetyMode.ExecutionAndPublication);
        _seedFiles = null;
        _listedSeeds = null;
        _templates = null;
        _published = null;
        _dataInputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        _sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        _last = null;
        _deferred.Clear();
    }

    /// <summary>
    /// Extracts the seeds memory does not hold. The first run of a session (memory empty) reads and fills the on-disk
    /// extraction cache as <c>build</c> does, so a restarted session does not extract every seed again.
    /// </summary>
    private (IngestionResult Ingestion, IReadOnlyList<string> Notes) Ingest(SiteConfig config, IReadOnlyList<string> seedFiles, IReadOnlyCollection<string>? changedFiles)
    {
        var memory = _outcomes!;
        BuildCache? cache = null;
        if (_options.UseCache && memory.Count == 0 && BuildCache.WhyUnusable(config) is null)
        {
            cache = BuildCache.Open(config);
            memory.Backing = cache.Extraction;
        }

        memory.BeginRun(changedFiles);
        try
        {
            var ingestion = SeedIngestion.Run(config, seedFiles, memory, _extractor!);
            memory.EndRun();
            if (cache is null)
            {
                return (ingestion, []);
            }

            try
            {
                cache.Extraction.Save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                cache.AddNote($"the build cache could not be written ({e.Message}); the next session will not start faster.");
            }

            return (ingestion, cache.Notes);
        }
        finally
        {
            memory.Backing = null;
        }
    }

    /// <summary>
    /// The seed files: the last rebuild's list when the watcher reports changes only to seeds already on it that are still
    /// plain files (an edit), the folder listed again otherwise (a seed added, removed, renamed or made a link; nothing known).
    /// </summary>
    private IReadOnlyList<string> SeedList(SiteConfig config, IReadOnlyCollection<string>? changedFiles)
    {
        if (changedFiles is not null && _seedFiles is { } last)
        {
            var seedsFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(config.SeedsDirectory));
            var edits = changedFiles.Select(Path.GetFullPath).Where(f => string.Equals(Path.GetDirectoryName(f), seedsFolder, StringComparison.Ordinal));
            if (edits.All(f => _listedSeeds!.Contains(f) && new FileInfo(f) is { Exists: true, LinkTarget: null }))
            {
                return last;
            }
        }

        _seedFiles = SeedFiles.Enumerate(config.SeedsDirectory, config.RootDirectory);
        _listedSeeds = new HashSet<string>(_seedFiles.Select(Path.GetFullPath), StringComparer.Ordinal);
        return _seedFiles;
    }

    /// <summary>The templates, loaded again only when a file of the templates folder changed.</summary>
    private ITemplateRenderer Templates(SiteConfig config, IReadOnlyList<string> templateFiles)
    {
        var key = new ModelFingerprint().Of(templateFiles.Select(f => $"{Path.GetRelativePath(config.TemplatesDirectory, f)}\n{ContentHash.OfFile(f):X32}").ToList());
        if (_templates is null || key != _templatesKey)
        {
            _templates = _options.LoadTemplates(config.TemplatesDirectory);
            _templatesKey = key;
        }

        return _templates;
    }

    /// <summary>The published fingerprints with those of <paramref name="jobs"/> made anew (by <see cref="PageFingerprints"/>, as a whole rebuild makes them).</summary>
    private static Dictionary<string, UInt128> WithFingerprints(
        Dictionary<string, UInt128> published, List<PageJob> jobs, SiteInfo info, IReadOnlyDictionary<string, UInt128> stamps)
    {
        var outputs = new Dictionary<string, UInt128>(published, StringComparer.Ordinal);
        var pages = PageFingerprints.Of(new ModelFingerprint(), jobs, info, stamps);
        for (var i = 0; i < jobs.Count; i++)
        {
            outputs[jobs[i].OutputPath] = pages[i];
        }

        return outputs;
    }

    /// <summary>Fingerprints every page (into <paramref name="outputs"/>) and returns those not published from the same fingerprint.</summary>
    private List<PageJob> ChangedPages(
        IReadOnlyList<PageJob> jobs, SiteModel model, IReadOnlyDictionary<string, UInt128> stamps, ModelFingerprint fingerprint, Dictionary<string, UInt128> outputs)
    {
        var pages = PageFingerprints.Of(fingerprint, jobs, model.Info, stamps);

        var changed = new List<PageJob>();
        for (var i = 0; i < jobs.Count; i++)
        {
            outputs[jobs[i].OutputPath] = pages[i];
            if (_published is null || !_published.TryGetValue(jobs[i].OutputPath, out var was) || was != pages[i])
            {
                changed.Add(jobs[i]);
            }
        }

        return changed;
    }

    /// <summary>
    /// Stages the data files that changed. One whose inputs fingerprint as when it was last made is not made again;
    /// the others are made side by side and staged when their bytes differ from the published ones.
    /// </summary>
    private int WriteDataFiles(
        string staging, IReadOnlyList<DataFile> files, ModelFingerprint fingerprint, Dictionary<string, UInt128> dataInputs, Func<string, UInt128, bool> unchanged)
    {
        var make = new List<DataFile>(files.Count);
        foreach (var file in files)
        {
            if (file.Inputs is not null)
            {
                var inputs = fingerprint.Of(file.Path, file.Inputs);
                dataInputs[file.Path] = inputs;
                if (_published is not null && _dataInputs.TryGetValue(file.Path, out var was) && was == inputs
                    && _published.TryGetValue(file.Path, out var published) && unchanged(file.Path, published))
                {
                    continue;
                }
            }

            make.Add(file);
        }

        SiteBuild.WriteDataFiles(staging, make, unchanged);
        return files.Count;
    }

    /// <summary>
    /// The first build swaps the whole staged site in; later ones move the staged files over the published ones and delete
    /// what the site no longer has. A publish that fails part way leaves the session to start over next time.
    /// </summary>
    private void Publish(string staging, string output, Dictionary<string, UInt128> outputs, Dictionary<string, UInt128>? previous)
    {
        try
        {
            if (previous is null)
            {
                OutputFolder.Publish(staging, output);
                _sizes = OutputTree.Scan(output).ToDictionary(f => f.Key, f => f.Value.Length, StringComparer.Ordinal);
                return;
            }

            var staged = OutputTree.Scan(staging);
            var obsolete = previous.Keys.Where(f => !outputs.ContainsKey(f)).ToList();
            OutputFolder.PublishChanges(staging, output, staged.Keys, obsolete);
            foreach (var (file, state) in staged)
            {
                _sizes[file] = state.Length;
            }

            foreach (var gone in obsolete)
            {
                _sizes.Remove(gone);
            }
        }
        catch
        {
            _published = null;
            throw;
        }
    }

    /// <summary>What the last whole rebuild was made from, for the rebuilds in which only articles' bodies changed.</summary>
    /// <param name="Articles">The articles in seed order, as ingestion gave them.</param>
    /// <param name="Jobs">Every page job by output path.</param>
    /// <param name="Templates">Each page's template by output path (for the page-weight warnings).</param>
    /// <param name="Assets">The files copied from the templates' assets folder.</param>
    /// <param name="Renderer">The templates <paramref name="Stamps"/> describe: deferred pages are rendered with these, never with a later load that failed.</param>
    private sealed record LastBuild(
        IReadOnlyList<Article> Articles, UInt128 TemplatesKey, IReadOnlyDictionary<string, UInt128> Stamps, SiteInfo Info, string BasePath,
        Dictionary<string, PageJob> Jobs, Dictionary<string, string> Templates, int ArticleCount, int Files, HashSet<string> Assets,
        ITemplateRenderer Renderer);
}
