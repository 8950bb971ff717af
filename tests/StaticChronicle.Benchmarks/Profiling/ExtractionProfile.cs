using System.Diagnostics;
using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.Dates;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;
using StaticChronicle.Extraction.Topics;
using StaticChronicle.Seeds;

namespace StaticChronicle.Benchmarks.Profiling;

/// <summary>
/// Runs the steps <see cref="ArticleExtractor"/> composes, one seed at a time on one thread, with a
/// stopwatch around each, to show which part of extraction a build waits on.
/// </summary>
internal static class ExtractionProfile
{
    public static void Run(string corpusDirectory, int limit, TextWriter report)
    {
        var config = SiteConfigLoader.Load(Path.Combine(corpusDirectory, "site-config.yml"));
        var files = SeedFiles.Enumerate(config.SeedsDirectory).Take(limit).ToList();
        var clocks = new Dictionary<string, long>(StringComparer.Ordinal);
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        T Time<T>(string step, Func<T> action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = action();
            clocks[step] = clocks.GetValueOrDefault(step) + Stopwatch.GetTimestamp() - start;
            bytes[step] = bytes.GetValueOrDefault(step) + GC.GetAllocatedBytesForCurrentThread() - allocated;
            return result;
        }

        var registry = Time("new PeopleRegistry (once)", () => new PeopleRegistry(config.People));
        var people = new PeopleFinder(registry, PlaceGazetteer.Default);
        var places = new PlaceFinder(PlaceGazetteer.Default);
        var topics = new TopicMatcher(config.Topics);
        var anniversaries = new AnniversaryFinder(config.ReferenceEvents);
        var dates = new DateInference(anniversaries, config.ReferenceEvents.Select(e => e.Date).ToHashSet());
        var extractor = Time("new ArticleExtractor (once)", () => new ArticleExtractor(config));

        var wordCount = 0L;

        // A first pass over a few seeds compiles everything, so the clocks measure steady-state extraction
        // rather than the JIT (a whole build's JIT cost shows in `stages` and in run.sh instead).
        foreach (var (file, index) in files.Take(50).Select((f, i) => (f, -1 - i)).Concat(files.Select((f, i) => (f, i))))
        {
            if (index == 0)
            {
                clocks.Clear();
                bytes.Clear();
                wordCount = 0;
            }

            var seed = Time("SeedReader.Read", () => SeedReader.Read(file, config.RootDirectory)).Seed!;
            var text = Time("BodyExtractor.Extract", () => BodyExtractor.Extract(seed.Text, seed.FirstTextLine));
            var texts = new List<string> { text.Title?.Text ?? "" };
            texts.AddRange(text.Paragraphs.Select(p => p.Text));
            var found = Time("PeopleFinder.Find", () => people.Find(texts));
            var words = Time("  of which? WordToken.Split, once per text", () => texts.Sum(t => WordToken.Split(t).Count));
            Time("  of which? AsciiFolding.Fold, once per word", () => texts.SelectMany(t => t.Split(' ')).Sum(w => StaticChronicle.Text.AsciiFolding.Fold(w).Length));
            wordCount += words;
            Time("DateInference.Infer", () => dates.Infer(text));
            Time("PlaceFinder.Find", () => places.Find(texts, found.Spans));
            Time("TopicMatcher.Match", () => topics.Match(text.AllText));
            Time("AnniversaryFinder.Find", () => anniversaries.Find(text.AllText));
            Time("MarkdownBody.From", () => MarkdownBody.From(text.Paragraphs));
            if (text.Lede is { } lede)
            {
                Time("LedeSummary.From", () => LedeSummary.From(lede.Text));
            }

            Time("ArticleExtractor.Extract (all steps)", () => extractor.Extract(seed));
        }

        // The whole extractor once more, timed by the process's CPU clock: steadier than the wall clock when
        // other work shares the machine.
        var seeds = files.Select(f => SeedReader.Read(f, config.RootDirectory).Seed!).ToList();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var seed in seeds)
        {
            extractor.Extract(seed);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ArticleExtractor.Extract over all seeds again: {cpu:F0} ms CPU, {cpu / seeds.Count:F3} ms/seed, {allocated / 1024.0 / seeds.Count:F0} KiB allocated/seed"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} seeds ({wordCount / Math.Max(1, files.Count)} words each), one thread; {config.People.Count} people in the registry; process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms"));
        foreach (var (step, ticks) in clocks.OrderByDescending(c => c.Value))
        {
            var ms = ticks * 1000.0 / Stopwatch.Frequency;
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-40} {ms,10:F0} ms {ms / files.Count,9:F3} ms/seed {bytes[step] / 1024.0 / files.Count,8:F0} KiB/seed"));
        }
    }
}
