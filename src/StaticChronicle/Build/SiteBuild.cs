using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticChronicle.Caching;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Files;
using StaticChronicle.Rendering;
using StaticChronicle.Rendering.Cards;
using StaticChronicle.Search;
using StaticChronicle.Seeds;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>
/// <c>chronicle build</c> as steps: check the output folder, ingest the seeds, load the templates,
/// build the model, plan the pages, render them in parallel into a staging folder, write the data
/// files, and only then swap the staging folder in for the old site.
/// </summary>
public static class SiteBuild
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds from the seeds folder; throws <see cref="DiagnosticException"/> with every problem when it cannot.</summary>
    public static BuildResult FromSeeds(SiteConfig config, BuildOptions options) => FromSeeds(config, options, null);

    /// <summary>As <see cref="FromSeeds(SiteConfig, BuildOptions)"/>, from the seeds <paramref name="listing"/> found (the command line lists them to say how many there are).</summary>
    public static BuildResult FromSeeds(SiteConfig config, BuildOptions options, SeedListing? listing)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        ThrowIfAny(OutputFolder.Check(config, config.OutputDirectory));
        var recovered = OutputFolder.Recover(config.OutputDirectory);
        options.Progress?.Report(new BuildProgress(BuildStage.ReadSeeds, 0, 0));
        listing ??= SeedFiles.List(config.SeedsDirectory, config.RootDirectory);
        var files = listing.Files;
        _ = SiteFiles.Under(config.TemplatesDirectory, config.RootDirectory);
        var unusable = options.UseCache ? BuildCache.WhyUnusable(config) : null;
        var cache = options.UseCache && unusable is null ? BuildCache.Open(config) : null;
        if (cache is not null && cache.NothingChanged(files, options, out var record, listing.States))
        {
            return new BuildResult(record!.Articles, record.Pages, record.Files, record.Warnings, clock.Elapsed, config.OutputDirectory)
            {
                PagesRendered = 0,
                SeedsReused = files.Count,
                NothingChanged = true,
                CacheNotes = cache.Notes,
                Notes = recovered,
            };
        }

        var ingestion = SeedIngestion.Run(config, files, cache?.Extraction);

        // Written on the side while the site is built; saved even when a seed has errors, so that after the fix
        // only that seed is extracted again.
        var saving = cache is null ? Task.CompletedTask : Task.Run(() => Save(cache, c => c.Extraction.Save()));
        try
        {
            if (ingestion.HasErrors)
            {
                throw new DiagnosticException(ingestion.Diagnostics);
            }

            var warnings = ingestion.Diagnostics.Where(d => !d.IsError).ToList();
            if (cache is not null && cache.SameArticles(files, options))
            {
                saving.Wait();
                return new BuildResult(ingestion.Articles.Count, cache.Record!.Pages, cache.Record.Files, warnings, clock.Elapsed, config.OutputDirectory)
                {
                    PagesRendered = 0,
                    SeedsExtracted = cache.Extraction.Extracted,
                    SeedsReused = cache.Extraction.Reused,
                    NothingChanged = true,
                    CacheNotes = cache.Notes,
                    Notes = recovered,
                };
            }

            var bodiesOnly = cache is not null && BodyEditBuild.Find(config, cache, files, ingestion, options) is { } edited
                ? BodyEditBuild.Run(config, cache, edited, ingestion, options, warnings, clock)
                : null;
            var result = bodiesOnly ?? Build(config, ingestion.Articles, options, cache, warnings, clock);
            saving.Wait();
            return result with
            {
                Warnings = [.. warnings, .. result.Warnings],
                SeedsExtracted = cache?.Extraction.Extracted ?? files.Count,
                SeedsReused = cache?.Extraction.Reused ?? 0,
                CacheNotes = cache?.Notes ?? (unusable is null ? [] : [unusable]),
                Notes = [.. recovered, .. result.Notes],
                Elapsed = clock.Elapsed,
            };
        }
        finally
        {
            saving.Wait();
        }
    }

    /// <summary>Builds from articles already extracted (tests), without the cache.</summary>
    public static BuildResult Run(SiteConfig config, IReadOnlyList<Article> articles, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(config, articles, options, options.UseCache && BuildCache.WhyUnusable(config) is null ? BuildCache.Open(config) : null, [], Stopwatch.StartNew());
    }

    private static BuildResult Build(
        SiteConfig config, IReadOnlyList<Article> articles, BuildOptions options, BuildCache? cache, IReadOnlyList<Diagnostic> warnings, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        var output = config.OutputDirectory;
        ThrowIfAny(OutputFolder.Check(config, output));
        var recovered = OutputFolder.Recover(output);

        options.Progress?.Report(new BuildProgress(BuildStage.LoadTemplates, 0, 0));
        var templateFiles = SiteFiles.Under(config.TemplatesDirectory, config.RootDirectory);
        var templates = options.LoadTemplates(config.TemplatesDirectory);

        options.Progress?.Report(new BuildProgress(BuildStage.PlanPages, 0, 0));
        var model = SiteModelBuilder.Build(config, articles, options.BuiltAt);

        // Found before anything is rendered, so a missing Pagefind fails fast with the npm ci hint.
        var search = options.Search ? PagefindIndexer.Locate(config.RootDirectory) : null;
        if (search is not null)
        {
            model = model with { Info = model.Info with { SearchUrl = model.Urls.Link("search/") } };
        }

        var jobs = PageCards.Attach(PagePlanner.Plan(model), model.Info, config.SocialCards);
        CheckTemplatesExist(config, templates, jobs);
        var redirects = RedirectPages.Plan(config, model, jobs.Select(j => j.OutputPath));

        // Pagefind indexes the whole site, so a search build renders everything and the record cannot describe it.
        if (cache is not null && search is not null)
        {
            Save(cache, c => c.DropRecord());
            cache = null;
        }

        var previous = cache?.Record;
        var incremental = previous is not null && Directory.Exists(output);

        // Without a record to trust, an earlier build's output is compared with, file by file, instead of replaced
        // whole (PublishedOutput says why). Not with a search index: Pagefind must see every page in the staging folder.
        var compared = incremental || search is not null ? null : PublishedOutput.Open(output);
        var onDisk = previous is not null ? cache!.OutputScan ?? OutputTree.Scan(output) : compared?.Files ?? [];
        var inPlace = incremental || compared is not null;
        var produced = new HashSet<string>(jobs.Select(j => j.OutputPath), StringComparer.Ordinal);
        var fingerprint = cache is null ? null : new ModelFingerprint();
        var outputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var dataInputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var render = jobs;
        if (fingerprint is not null)
        {
            var stamps = TemplateStamps.ForPages(config.TemplatesDirectory, jobs.Select(j => j.Template));
            var pages = PageFingerprints.Of(fingerprint, jobs, model.Info, stamps);
            var changed = new List<PageJob>();
            for (var i = 0; i < jobs.Count; i++)
            {
                outputs[jobs[i].OutputPath] = pages[i];
                if (!incremental || !previous!.IsIntact(jobs[i].OutputPath, pages[i], onDisk))
                {
                    changed.Add(jobs[i]);
                }
            }

            render = changed;
        }

        // A file is staged when it is new or changed; an incremental build stages only those. Called from the data files'
        // and the cards' writing, which run beside the pages' rendering.
        bool Unchanged(string path, UInt128 hash)
        {
            lock (produced)
            {
                produced.Add(path);
                if (fingerprint is not null)
                {
                    outputs[path] = hash;
                }
            }

            if (compared is not null)
            {
                return compared.HoldsHash(path, hash);
            }

            return incremental && previous!.IsIntact(path, hash, onDisk);
        }

        var staging = OutputFolder.CreateStaging(output);
        try
        {
            // The data files and cards need only the model and the plan: made beside the pages, they fill the cores where
            // rendering leaves them idle (its last pages, the largest files) instead of running alone after it.
            var dataFiles = DataFiles.Of(model, jobs, redirects);
            var beside = Task.Run(() =>
            {
                var make = fingerprint is null ? dataFiles : DataFilesToMake(dataFiles, fingerprint, incremental ? previous : null, dataInputs, Unchanged);
                WriteDataFiles(staging, make, Unchanged);
                return WriteCards(staging, config, model.Info, jobs, Unchanged, compared);
            });
            try
            {
                RenderPages(staging, new PageRenderer(templates, model.Info), render, options.Progress, compared);
            }
            catch
            {
                // They write into the staging folder, which is deleted on the way out: not before they are done.
                Task.WaitAny(beside);
                throw;
            }

            options.Progress?.Report(new BuildProgress(BuildStage.WriteData, 0, 0));
            var (cards, cardsDrawn) = beside.GetAwaiter().GetResult();
            var files = jobs.Count + dataFiles.Count + CopyAssets(config.TemplatesDirectory, templateFiles, staging, Unchanged)
                + WriteMarker(staging, Unchanged) + cards;
            if (search is not null)
            {
                // Indexes the staged pages, so a failure leaves the published site untouched.
                options.Progress?.Report(new BuildProgress(BuildStage.IndexSearch, 0, 0));
                search.Index(staging);
                files += Directory.EnumerateFiles(Path.Combine(staging, "pagefind"), "*", SearchOption.AllDirectories).Count();
            }

            options.Progress?.Report(new BuildProgress(BuildStage.Publish, 0, 0));
            // Only a build into the published folder needs the list: a whole new site is moved in as one folder.
            var staged = inPlace ? OutputTree.Scan(staging).Keys.ToList() : [];
            var obsolete = onDisk.Keys.Where(f => !produced.Contains(f)).ToList();
            if (inPlace)
            {
                OutputFolder.PublishChanges(staging, output, staged, obsolete);
            }
            else
            {
                OutputFolder.Publish(staging, output);
            }

            // The published site as it now is, for the page budget and the cache's record alike.
            var published = inPlace ? onDisk : OutputTree.Scan(output);
            if (inPlace)
            {
                foreach (var file in staged)
                {
                    published[file] = OutputTree.StateOf(OutputFolder.Resolve(output, file));
                }

                foreach (var gone in obsolete)
                {
                    published.Remove(gone);
                }
            }

            var pageTemplates = jobs.ToDictionary(j => j.OutputPath, j => j.Template, StringComparer.Ordinal);
            var weight = PageWeight.Of(
                published.Select(p => new KeyValuePair<string, long>(p.Key, p.Value.Length)),
                pageTemplates,
                config.PageBudgetKb,
                DisplayPath.For(output));
            if (cache is not null)
            {
                // Written only now that the site is published: a record never describes a site that is not there.
                var record = new BuildRecord
                {
                    InputsKey = cache.InputsKey,
                    OutcomesKey = cache.OutcomesKey,
                    ContextKey = cache.ContextKey,
                    Seeds = cache.SeedHashes,
                    PageTemplates = pageTemplates,
                    Articles = model.Articles.Count,
                    Pages = jobs.Count,
                    Files = files,
                    Warnings = [.. warnings, .. weight.Warnings],
                    Outputs = outputs.ToDictionary(o => o.Key, o => published.TryGetValue(o.Key, out var state)
                        ? new OutputEntry(o.Value, state.Length, state.ModifiedTicks)
                        : new OutputEntry(o.Value, -1, -1), StringComparer.Ordinal),
                    DataInputs = dataInputs,
                };
                Save(cache, c => c.SaveRecord(record));
            }

            return new BuildResult(model.Articles.Count, jobs.Count, files, weight.Warnings, clock.Elapsed, output)
            {
                PagesRendered = render.Count,
                CardsDrawn = cardsDrawn,
                Notes = recovered,
                Weight = weight,
            };
        }
        finally
        {
            OutputFolder.Discard(staging);
        }
    }

    /// <summary>A cache that cannot be written (read-only checkout, full disk) costs the next build time, never this build.</summary>
    internal static void Save(BuildCache cache, Action<BuildCache> save)
    {
        try
        {
            save(cache);
        }
        catch (Exception e) when (IsFileSystemProblem(e))
        {
            var message = e is AggregateException all ? all.InnerExceptions[0].Message : e.Message;
            cache.AddNote($"the build cache could not be written ({message}); the next build will not be faster.");
        }
    }

    /// <summary>An I/O or permission problem, also when parallel writes report it inside an <see cref="AggregateException"/>.</summary>
    private static bool IsFileSystemProblem(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException all => all.Flatten().InnerExceptions.All(IsFileSystemProblem),
        _ => false,
    };

    internal static void RenderPages(string staging, PageRenderer renderer, IReadOnlyList<PageJob> jobs, IProgress<BuildProgress>? progress, PublishedOutput? published = null)
    {
        // One template error usually breaks many pages: report each distinct message once.
        var problems = new ConcurrentDictionary<string, Diagnostic>(StringComparer.Ordinal);

        // And render no more pages of a template that failed: a runaway template costs up to a limit per page
        // (a regular expression's timeout, the render time), which on every page of a large site is hours.
        var failed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var done = 0;
        var step = Math.Max(1, jobs.Count / 100);
        progress?.Report(new BuildProgress(BuildStage.RenderPages, 0, jobs.Count));
        // One worker per core: rendering is CPU work, and more threads would only hold more pages in memory at once.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(jobs, cores, job =>
        {
            try
            {
                if (!failed.ContainsKey(job.Template))
                {
                    var path = OutputFolder.Resolve(staging, job.OutputPath);
                    if (published is null)
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        renderer.Write(job, path);
                    }
                    else
                    {
                        renderer.Write(job, path, published);
                    }
                }
            }
            catch (DiagnosticException e)
            {
                failed.TryAdd(job.Template, true);
                foreach (var d in e.Diagnostics)
                {
                    problems.TryAdd(d.ToString(), d);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A path too long for this file system, a full disk: named with the page, never a stack trace.
                var d = Diagnostic.Error(job.OutputPath, 0, 0, $"this page cannot be written ({e.Message}). If the address is too long, set a shorter `slug:`.");
                problems.TryAdd(d.ToString(), d);
            }

            var n = Interlocked.Increment(ref done);
            if (n % step == 0 || n == jobs.Count)
            {
                progress?.Report(new BuildProgress(BuildStage.RenderPages, n, jobs.Count));
            }
        });

        if (!problems.IsEmpty)
        {
            throw new DiagnosticException(problems.Values.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList());
        }
    }

    /// <summary>
    /// The data files to make: all but those whose inputs fingerprint as when <paramref name="previous"/>'s build made them
    /// and which are still on disk as it left them (<paramref name="unchanged"/> with the recorded hash says so, and
    /// keeps them in the new record). Every data file's inputs go into <paramref name="dataInputs"/> for the next build.
    /// </summary>
    private static List<DataFile> DataFilesToMake(
        IReadOnlyList<DataFile> files, ModelFingerprint fingerprint, BuildRecord? previous, Dictionary<string, UInt128> dataInputs, Func<string, UInt128, bool> unchanged)
    {
        var make = new List<DataFile>(files.Count);
        foreach (var file in files)
        {
            if (file.Inputs is not null)
            {
                var inputs = fingerprint.Of(file.Path, file.Inputs);
                dataInputs[file.Path] = inputs;
                if (previous is not null && previous.DataInputs.TryGetValue(file.Path, out var was) && was == inputs
                    && previous.Outputs.TryGetValue(file.Path, out var published) && unchanged(file.Path, published.Fingerprint))
                {
                    continue;
                }
            }

            make.Add(file);
        }

        return make;
    }

    /// <summary>Makes every data file, side by side, and stages those that are new or changed; returns how many the site has.</summary>
    internal static int WriteDataFiles(string staging, IReadOnlyList<DataFile> files, Func<string, UInt128, bool> unchanged)
    {
        // Each is a pass over the whole model: made side by side, then compared with what is published.
        var made = new (byte[] Bytes, UInt128 Hash)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bytes = Utf8.GetBytes(files[i].Text());
            made[i] = (bytes, ContentHash.Of(bytes));
        });
        for (var i = 0; i < files.Count; i++)
        {
            if (unchanged(files[i].Path, made[i].Hash))
            {
                continue;
            }

            var path = OutputFolder.Resolve(staging, files[i].Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, made[i].Bytes);
        }

        return files.Count;
    }

    /// <summary>
    /// Draws the social card of every page whose card is new or shows something else than the published one (an
    /// incremental build keys each card by everything it shows, so an unchanged title is never drawn again).
    /// </summary>
    internal static (int Cards, int Drawn) WriteCards(string staging, SiteConfig config, SiteInfo site, IReadOnlyList<PageJob> jobs, Func<string, UInt128, bool> unchanged, PublishedOutput? published = null)
    {
        var cards = jobs.Select(j => j.Page.Card).OfType<SocialCard>().DistinctBy(c => c.OutputPath, StringComparer.Ordinal).ToList();
        var address = site.BaseUrl[(site.BaseUrl.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        var renderer = new CardRenderer(site.Title, address, CardColours.FromTemplates(config.TemplatesDirectory), CardFont.Instance);
        var draw = cards.Where(c => !unchanged(c.OutputPath, ContentHash.Of(Utf8.GetBytes(renderer.Identity(c.Kicker, c.Heading))))).ToList();
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(draw, cores, card =>
        {
            var png = renderer.Render(card.Kicker, card.Heading);
            if (published?.Holds(card.OutputPath, png) == true)
            {
                return;
            }

            var path = OutputFolder.Resolve(staging, card.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, png);
        });
        return (cards.Count, draw.Count);
    }

    /// <summary>The marker that tells the next build this folder is its own to replace (one file).</summary>
    internal static int WriteMarker(string staging, Func<string, UInt128, bool> unchanged)
    {
        var bytes = Utf8.GetBytes(OutputFolder.MarkerText);
        if (!unchanged(OutputFolder.MarkerFile, ContentHash.Of(bytes)))
        {
            File.WriteAllBytes(OutputFolder.Resolve(staging, OutputFolder.MarkerFile), bytes);
        }

        return 1;
    }

    internal static int CopyAssets(string templatesDirectory, IReadOnlyList<string> templateFiles, string staging, Func<string, UInt128, bool> unchanged)
    {
        var assets = Path.Combine(templatesDirectory, "assets") + Path.DirectorySeparatorChar;
        var count = 0;
        foreach (var file in templateFiles.Where(f => f.StartsWith(assets, StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(templatesDirectory, file);
            count++;
            if (unchanged(relative.Replace('\\', '/'), ContentHash.OfFile(file)))
            {
                continue;
            }

            var target = OutputFolder.Resolve(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return count;
    }

    internal static void CheckTemplatesExist(SiteConfig config, ITemplateRenderer templates, IReadOnlyList<PageJob> jobs)
    {
        var missing = jobs.Select(j => j.Template).Append(PageRenderer.LayoutTemplate)
            .Distinct(StringComparer.Ordinal)
            .Where(t => !templates.HasTemplate(t))
            .Select(t => Diagnostic.Error(DisplayPath.For(Path.Combine(config.TemplatesDirectory, t)), 0, 0,
                $"template '{t}' is missing. Every page type needs its template in {DisplayPath.For(config.TemplatesDirectory)}."))
            .ToList();
        ThrowIfAny(missing);
    }

    internal static void ThrowIfAny(IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Any(p => p.IsError))
        {
            throw new DiagnosticException(problems);
        }
    }
}
