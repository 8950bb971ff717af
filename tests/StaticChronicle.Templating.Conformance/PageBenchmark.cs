using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Conformance;

/// <summary>A quick timing (not BenchmarkDotNet): the golden page template (include, loop of 10, html.escape, date.to_string) rendered many times.</summary>
internal static class PageBenchmark
{
    private sealed record Article(string Title, string Url, DateTime PublishedOn, IReadOnlyList<string> People);

    public static string Run(string goldenFolder, int renders)
    {
        var page = Template.Parse(File.ReadAllText(Path.Combine(goldenFolder, "page.sbn-html")), "page.sbn-html");
        var loader = new FileSystemTemplateLoader(goldenFolder);
        var cache = new ConcurrentDictionary<string, Template>();
        var models = Enumerable.Range(0, 64).Select(Model).ToArray();
        string RenderOne(int i)
        {
            var context = new TemplateContext { TemplateLoader = loader, CachedTemplates = cache };
            context.PushGlobal(models[i % models.Length]);
            return page.Render(context);
        }

        for (var i = 0; i < 3000; i++)
        {
            RenderOne(i);
        }

        long characters = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var single = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
        {
            characters += RenderOne(i).Length;
        }

        single.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var parallel = Stopwatch.StartNew();
        Parallel.For(0, renders, i => RenderOne(i));
        parallel.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"{renders} renders ({characters / renders} chars each): single-threaded {single.Elapsed.TotalMilliseconds:F0} ms ({single.Elapsed.TotalMicroseconds / renders:F1} µs/page wall, {cpu.TotalMicroseconds / renders:F1} µs/page CPU), Parallel.For on {Environment.ProcessorCount} cores {parallel.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static ScriptObject Model(int seed) => new()
    {
        ["site"] = new ScriptObject { ["title"] = "Vietnam & Japan", ["base_url"] = "/vn-jp/" },
        ["page"] = new ScriptObject { ["title"] = $"Timeline <{seed}>" },
        ["articles"] = Enumerable.Range(1, 10)
            .Select(i => new Article($"Article {seed}-{i} <b>\"quoted\"</b>", $"/vn-jp/articles/{i}/", new DateTime(2023, 9, i % 28 + 1), i % 2 == 0 ? ["Kishida Fumio", "Võ Văn Thưởng"] : []))
            .ToList(),
    };
}
