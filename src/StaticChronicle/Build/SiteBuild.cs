using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Rendering;
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
    public static BuildResult FromSeeds(SiteConfig config, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfAny(OutputFolder.Check(config, config.OutputDirectory));
        options.Progress?.Report(new BuildProgress(BuildStage.ReadSeeds, 0, 0));
        var ingestion = SeedIngestion.Run(config, SeedFiles.Enumerate(config.SeedsDirectory));
        if (ingestion.HasErrors)
        {
            throw new DiagnosticException(ingestion.Diagnostics);
        }

        var result = Run(config, ingestion.Articles, options);
        return result with { Warnings = [.. ingestion.Diagnostics.Where(d => !d.IsError), .. result.Warnings] };
    }

    /// <summary>Builds from articles already extracted (tests, and later the incremental cache).</summary>
    public static BuildResult Run(SiteConfig config, IReadOnlyList<Article> articles, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var output = config.OutputDirectory;
        ThrowIfAny(OutputFolder.Check(config, output));

        options.Progress?.Report(new BuildProgress(BuildStage.LoadTemplates, 0, 0));
        var templates = options.LoadTemplates(config.TemplatesDirectory);

        options.Progress?.Report(new BuildProgress(BuildStage.PlanPages, 0, 0));
        var model = SiteModelBuilder.Build(config, articles, options.BuiltAt);

        // Found before anything is rendered, so a missing Pagefind fails fast with the npm ci hint.
        var search = options.Search ? PagefindIndexer.Locate(config.RootDirectory) : null;
        if (search is not null)
        {
            model = model with { Info = model.Info with { SearchUrl = model.Urls.Link("search/") } };
        }

        var jobs = PagePlanner.Plan(model);
        CheckTemplatesExist(config, templates, jobs);

        var staging = OutputFolder.CreateStaging(output);
        try
        {
            RenderPages(staging, new PageRenderer(templates, model.Info), jobs, options.Progress);
            options.Progress?.Report(new BuildProgress(BuildStage.WriteData, 0, 0));
            var files = jobs.Count + WriteDataFiles(staging, model, jobs) + CopyAssets(config.TemplatesDirectory, staging);
            if (search is not null)
            {
                // Indexes the staged pages, so a failure leaves the published site untouched.
                options.Progress?.Report(new BuildProgress(BuildStage.IndexSearch, 0, 0));
                search.Index(staging);
                files += Directory.EnumerateFiles(Path.Combine(staging, "pagefind"), "*", SearchOption.AllDirectories).Count();
            }

            options.Progress?.Report(new BuildProgress(BuildStage.Publish, 0, 0));
            OutputFolder.Publish(staging, output);
            return new BuildResult(model.Articles.Count, jobs.Count, files, [], clock.Elapsed, output);
        }
        finally
        {
            OutputFolder.Discard(staging);
        }
    }

    private static void RenderPages(string staging, PageRenderer renderer, IReadOnlyList<PageJob> jobs, IProgress<BuildProgress>? progress)
    {
        // One template error usually breaks many pages: report each distinct message once.
        var problems = new ConcurrentDictionary<string, Diagnostic>(StringComparer.Ordinal);
        var done = 0;
        var step = Math.Max(1, jobs.Count / 100);
        progress?.Report(new BuildProgress(BuildStage.RenderPages, 0, jobs.Count));
        // One worker per core: rendering is CPU work, and more threads would only hold more pages in memory at once.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(jobs, cores, job =>
        {
            try
            {
                var path = OutputFolder.Resolve(staging, job.OutputPath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                renderer.Write(job, path);
            }
            catch (DiagnosticException e)
            {
                foreach (var d in e.Diagnostics)
                {
                    problems.TryAdd(d.ToString(), d);
                }
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

    private static int WriteDataFiles(string staging, SiteModel model, IReadOnlyList<PageJob> jobs)
    {
        var files = new (string Path, string Text)[]
        {
            ("feed.xml", AtomFeed.Write(model)),
            ("sitemap.xml", Sitemap.Write(jobs.Where(j => !j.Page.NoIndex).Select(j => j.Page.CanonicalUrl))),
            ("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {model.Urls.Absolute("sitemap.xml")}\n"),
            (".nojekyll", ""),
            ("timeline.json", TimelineJson.Write(model)),
            ("data/articles.json", DataJson.Articles(model)),
            ("data/people.json", DataJson.People(model)),
        };
        foreach (var (relative, text) in files)
        {
            var path = OutputFolder.Resolve(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
        }

        return files.Length;
    }

    private static int CopyAssets(string templatesDirectory, string staging)
    {
        var assets = Path.Combine(templatesDirectory, "assets");
        if (!Directory.Exists(assets))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templatesDirectory, file);
            var target = OutputFolder.Resolve(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            count++;
        }

        return count;
    }

    private static void CheckTemplatesExist(SiteConfig config, ITemplateRenderer templates, IReadOnlyList<PageJob> jobs)
    {
        var missing = jobs.Select(j => j.Template).Append(PageRenderer.LayoutTemplate)
            .Distinct(StringComparer.Ordinal)
            .Where(t => !templates.HasTemplate(t))
            .Select(t => Diagnostic.Error(DisplayPath.For(Path.Combine(config.TemplatesDirectory, t)), 0, 0,
                $"template '{t}' is missing. Every page type needs its template in {DisplayPath.For(config.TemplatesDirectory)}."))
            .ToList();
        ThrowIfAny(missing);
    }

    private static void ThrowIfAny(IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Any(p => p.IsError))
        {
            throw new DiagnosticException(problems);
        }
    }
}
