using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Rendering;
using StaticChronicle.Seeds;
using StaticChronicle.Site;

namespace StaticChronicle.Benchmarks.Profiling;

/// <summary>
/// Runs the build's stages one by one on a corpus, with a stopwatch around each and the render
/// time summed per template, to show where a full build spends its time (no profiler needed).
/// </summary>
internal static class StageProfile
{
    /// <summary>How often extraction found what the generator put in, per field, matching articles by seed path.</summary>
    private static string Agreement(IReadOnlyList<Article> extracted, IReadOnlyList<Article> truth)
    {
        var bySource = extracted.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var pairs = truth.Where(t => bySource.ContainsKey(t.SourcePath)).Select(t => (Truth: t, Found: bySource[t.SourcePath])).ToList();
        string Share(Func<Article, Article, bool> same) =>
            string.Create(CultureInfo.InvariantCulture, $"{100.0 * pairs.Count(p => same(p.Truth, p.Found)) / Math.Max(1, pairs.Count):F1}%");
        static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b);
        return $"date {Share((t, f) => t.Date == f.Date)}, title {Share((t, f) => t.Title == f.Title)}, "
            + $"people {Share((t, f) => SameSet(t.People.Select(p => p.Id), f.People.Select(p => p.Id)))}, "
            + $"places {Share((t, f) => SameSet(t.Places, f.Places))}, topics {Share((t, f) => SameSet(t.Topics, f.Topics))}, "
            + $"50th anniversary {Share((t, f) => t.MentionsFiftiethAnniversary == f.MentionsFiftiethAnniversary)}";
    }

    /// <param name="truthFrom">When set, the model is built from the generator's truth (regenerated from this base
    /// configuration and the default seed) instead of extraction's articles.</param>
    /// <param name="skipExtraction">With <paramref name="truthFrom"/>: leave extraction out, to time the later stages quickly.</param>
    public static void Run(string corpusDirectory, SiteConfig? truthFrom, bool skipExtraction, TextWriter report)
    {
        var total = Stopwatch.StartNew();
        var stages = new List<(string Stage, TimeSpan Time, TimeSpan Cpu, long Allocated)>();
        var process = Process.GetCurrentProcess();
        T Time<T>(string stage, Func<T> action)
        {
            // CPU time and allocations besides wall time: on a shared 2-core machine they are the steadier numbers.
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = action();
            var wall = clock.Elapsed;
            process.Refresh();
            stages.Add((stage, wall, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated));
            return result;
        }

        var config = Time("load site-config.yml", () => SiteConfigLoader.Load(Path.Combine(corpusDirectory, "site-config.yml")));
        var files = Time("list seeds", () => SeedFiles.Enumerate(config.SeedsDirectory));
        var ingestion = truthFrom is not null && skipExtraction
            ? new IngestionResult([], [])
            : Time("SeedIngestion.Run (read + extract)", () => SeedIngestion.Run(config, files));
        IReadOnlyList<Article> articles = ingestion.Articles;
        var agreement = "";
        if (truthFrom is not null)
        {
            articles = Time("generator truth (instead of extraction)", () => TruthArticles.From(CorpusGenerator.Generate(files.Count, truthFrom)));
            agreement = skipExtraction ? "" : Agreement(ingestion.Articles, articles);
        }

        var model = Time("SiteModelBuilder.Build", () => SiteModelBuilder.Build(config, articles));
        var jobs = Time("PagePlanner.Plan (incl. Markdown)", () => PagePlanner.Plan(model));
        var templates = Time("ScribanTemplates.Load", () => ScribanTemplates.Load(config.TemplatesDirectory));
        var renderer = new PageRenderer(templates, model.Info);
        var perTemplate = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var characters = new long[jobs.Count];
        var allocatedPerPage = new long[jobs.Count];

        // A buffer per thread, as PageRenderer.Write keeps one (Parallel.For's local state is remade as its tasks are).
        using var pages = new ThreadLocal<StringBuilder>(() => new StringBuilder());

        // One worker per core, as the build does: more threads only stretch each page's measured time.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Two passes: the first pays for compiling the template engine's code paths, and since the home and timeline
        // pages come first in the plan it charged them with it (20 ms a timeline page cold, under 5 warm); the
        // per-template figures are the second pass's.
        for (var pass = 0; pass < 2; pass++)
        {
            if (pass == 1)
            {
                perTemplate.Clear();
            }

            Time(pass == 0 ? "render pages, first pass (code paths compile)" : "render pages (parallel, not written)", () =>
            {
                Parallel.For(0, jobs.Count, cores, i =>
                {
                    if (!templates.HasTemplate(jobs[i].Template))
                    {
                        return;
                    }

                    var page = pages.Value!;
                    var capacity = page.Capacity;

                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    renderer.Render(jobs[i], page);
                    allocatedPerPage[i] = GC.GetAllocatedBytesForCurrentThread() - allocated;
                    perTemplate.AddOrUpdate(jobs[i].Template, Stopwatch.GetTimestamp() - start, (_, t) => t + Stopwatch.GetTimestamp() - start);
                    characters[i] = page.Length;
                    if (page.Capacity != capacity)
                    {
                        // As PageRenderer keeps its buffers: one that had to grow is replaced by one twice the page's size.
                        pages.Value = new StringBuilder(page.Length * 2);
                    }
                    else
                    {
                        page.Clear();
                    }
                });
                return 0;
            });
        }

        var output = Directory.CreateTempSubdirectory("chronicle-stages-");
        try
        {
            // The build's own loop (SiteBuild): render each page and write it at once; minus the line above, the cost of writing.
            Time("render + write pages (as chronicle build)", () =>
            {
                Parallel.ForEach(jobs.Where(j => templates.HasTemplate(j.Template)), cores, job =>
                {
                    var path = OutputFolder.Resolve(output.FullName, job.OutputPath);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    renderer.Write(job, path);
                });
                return 0;
            });
            Time("feed, sitemap, JSON data", () => AtomFeed.Write(model).Length + Sitemap.Write(jobs.Select(j => (j.Page.CanonicalUrl, j.Page.LastModifiedIso))).Length
                + TimelineJson.Write(model).Length + DataJson.Articles(model).Length + DataJson.People(model).Length);
        }
        finally
        {
            output.Delete(recursive: true);
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} seeds, {ingestion.Articles.Count} extracted ({ingestion.Diagnostics.Count(d => d.IsError)} errors, {ingestion.Diagnostics.Count(d => !d.IsError)} warnings), {articles.Count} in the model, {jobs.Count} pages; {Environment.ProcessorCount} cores"));
        foreach (var problem in ingestion.Diagnostics.Where(d => d.IsError).Take(5))
        {
            report.WriteLine("  " + problem);
        }

        if (agreement.Length > 0)
        {
            report.WriteLine("  extraction agrees with the generator's truth on: " + agreement);
        }

        var missing = jobs.Select(j => j.Template).Distinct(StringComparer.Ordinal).Where(t => !templates.HasTemplate(t)).ToList();
        if (missing.Count > 0)
        {
            report.WriteLine("  not rendered, template missing: " + string.Join(", ", missing));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"stage",-42} {"wall",10}    {"CPU",10}    {"allocated",10}"));
        foreach (var (stage, time, cpu, allocated) in stages)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-42} {time.TotalMilliseconds,10:F0} ms {cpu.TotalMilliseconds,10:F0} ms {allocated / 1048576.0,10:F1} MiB"));
        }

        report.WriteLine("  render time by template (summed over threads):");
        foreach (var group in jobs.GroupBy(j => j.Template).OrderByDescending(g => perTemplate.GetValueOrDefault(g.Key)))
        {
            var ms = perTemplate.GetValueOrDefault(group.Key) * 1000.0 / Stopwatch.Frequency;
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {group.Key,-28} {group.Count(),7} pages {ms,10:F0} ms {ms / group.Count(),8:F3} ms/page {characters.Where((_, i) => jobs[i].Template == group.Key).Sum() / group.Count() / 1024.0,8:F1} KiB/page {allocatedPerPage.Where((_, i) => jobs[i].Template == group.Key).Sum() / group.Count() / 1024.0,8:F1} KiB allocated/page"));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  total {total.Elapsed.TotalMilliseconds:F0} ms, CPU {process.TotalProcessorTime.TotalMilliseconds:F0} ms (whole process); allocated {GC.GetTotalAllocatedBytes() / 1048576} MiB; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
    }
}
