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
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="truthFrom">When set, the model is built from the generator's truth (regenerated from this base
    /// configuration and the default seed) instead of extraction's articles.</param>
    public static void Run(string corpusDirectory, SiteConfig? truthFrom, TextWriter report)
    {
        var total = Stopwatch.StartNew();
        var stages = new List<(string Stage, TimeSpan Time)>();
        T Time<T>(string stage, Func<T> action)
        {
            var clock = Stopwatch.StartNew();
            var result = action();
            stages.Add((stage, clock.Elapsed));
            return result;
        }

        var config = Time("load site-config.yml", () => SiteConfigLoader.Load(Path.Combine(corpusDirectory, "site-config.yml")));
        var files = Time("list seeds", () => SeedFiles.Enumerate(config.SeedsDirectory));
        var ingestion = Time("SeedIngestion.Run (read + extract)", () => SeedIngestion.Run(config, files));
        IReadOnlyList<Article> articles = ingestion.Articles;
        if (truthFrom is not null)
        {
            articles = Time("generator truth (instead of extraction)", () => TruthArticles.From(CorpusGenerator.Generate(files.Count, truthFrom)));
        }

        var model = Time("SiteModelBuilder.Build", () => SiteModelBuilder.Build(config, articles));
        var jobs = Time("PagePlanner.Plan (incl. Markdown)", () => PagePlanner.Plan(model));
        var templates = Time("ScribanTemplates.Load", () => ScribanTemplates.Load(config.TemplatesDirectory));
        var renderer = new PageRenderer(templates, model.Info);
        var perTemplate = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var html = new string[jobs.Count];
        Time("render pages (parallel)", () =>
        {
            Parallel.For(0, jobs.Count, i =>
            {
                var start = Stopwatch.GetTimestamp();
                html[i] = renderer.Render(jobs[i]);
                perTemplate.AddOrUpdate(jobs[i].Template, Stopwatch.GetTimestamp() - start, (_, t) => t + Stopwatch.GetTimestamp() - start);
            });
            return 0;
        });

        var output = Directory.CreateTempSubdirectory("chronicle-stages-");
        try
        {
            Time("write pages (parallel)", () =>
            {
                Parallel.For(0, jobs.Count, i =>
                {
                    var path = Path.Combine(output.FullName, jobs[i].OutputPath);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, html[i], Utf8);
                });
                return 0;
            });
            Time("feed, sitemap, JSON data", () => AtomFeed.Write(model).Length + Sitemap.Write(jobs.Select(j => j.Page.CanonicalUrl)).Length
                + TimelineJson.Write(model).Length + DataJson.Articles(model).Length + DataJson.People(model).Length);
        }
        finally
        {
            output.Delete(recursive: true);
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} seeds, {ingestion.Articles.Count} extracted, {articles.Count} in the model, {jobs.Count} pages; {Environment.ProcessorCount} cores"));
        foreach (var (stage, time) in stages)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-42} {time.TotalMilliseconds,10:F0} ms"));
        }

        report.WriteLine("  render time by template (summed over threads):");
        foreach (var group in jobs.GroupBy(j => j.Template).OrderByDescending(g => perTemplate.GetValueOrDefault(g.Key)))
        {
            var ms = perTemplate.GetValueOrDefault(group.Key) * 1000.0 / Stopwatch.Frequency;
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {group.Key,-28} {group.Count(),7} pages {ms,10:F0} ms {ms / group.Count(),8:F3} ms/page {html.Where((_, i) => jobs[i].Template == group.Key).Sum(h => (long)h.Length) / group.Count() / 1024.0,8:F1} KiB/page"));
        }

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  total {total.Elapsed.TotalMilliseconds:F0} ms; allocated {GC.GetTotalAllocatedBytes() / 1048576} MiB; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
    }
}
