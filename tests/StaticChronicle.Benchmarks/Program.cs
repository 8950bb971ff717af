using System.CommandLine;
using BenchmarkDotNet.Running;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Benchmarks.Profiling;
using StaticChronicle.Config;

namespace StaticChronicle.Benchmarks;

/// <summary><c>generate</c> writes a synthetic corpus; <c>micro</c> runs the BenchmarkDotNet benchmarks (other arguments go to BenchmarkDotNet).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var count = new Option<int>("--count") { Description = "Number of seeds.", DefaultValueFactory = _ => 1000 };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder to write the corpus into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => CorpusGenerator.DefaultSeed };
        var config = new Option<FileInfo>("--config") { Description = "The site-config.yml whose topics and registry the corpus uses.", DefaultValueFactory = _ => new FileInfo("site-config.yml") };
        var templates = new Option<DirectoryInfo>("--templates") { Description = "templates/ folder the corpus's site-config.yml points at.", DefaultValueFactory = _ => new DirectoryInfo("templates") };

        var generate = new Command("generate", "Write N synthetic seeds, their site-config.yml and the equivalent Hugo site.")
        {
            count, output, seed, config, templates,
        };
        generate.SetAction(result =>
        {
            var baseConfig = SiteConfigLoader.Load(result.GetValue(config)!.FullName);
            var corpus = CorpusGenerator.Generate(result.GetValue(count), baseConfig, result.GetValue(seed));
            var layouts = Path.Combine(AppContext.BaseDirectory, "HugoSite");
            CorpusWriter.Write(corpus, result.GetValue(output)!.FullName, result.GetValue(templates)!.FullName, layouts);
            Console.WriteLine($"{corpus.Articles.Count} seeds, {corpus.People.Count} people in {result.GetValue(output)!.FullName}");
            return 0;
        });

        var micro = new Command("micro", "Run the BenchmarkDotNet micro-benchmarks (extraction, template rendering).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        micro.SetAction(result =>
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. result.UnmatchedTokens]);
            return 0;
        });

        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "A folder `generate` wrote." };
        var truth = new Option<bool>("--truth") { Description = "Build the model from the generator's truth (default seed, --config) instead of extraction's articles." };
        var skipExtraction = new Option<bool>("--skip-extraction") { Description = "With --truth: do not run extraction at all (faster; no agreement line)." };
        var stages = new Command("stages", "Time each build stage on a corpus (ingest, model, plan, render per template, write).")
        {
            corpus, truth, config, skipExtraction,
        };
        stages.SetAction(result =>
        {
            var truthFrom = result.GetValue(truth) ? SiteConfigLoader.Load(result.GetValue(config)!.FullName) : null;
            StageProfile.Run(result.GetValue(corpus)!.FullName, truthFrom, result.GetValue(skipExtraction), Console.Out);
            return 0;
        });

        var extractionCorpus = new Argument<DirectoryInfo>("corpus") { Description = "A folder `generate` wrote." };
        var limit = new Option<int>("--limit") { Description = "Profile only the first N seeds.", DefaultValueFactory = _ => 500 };
        var extraction = new Command("extraction", "Time each extraction step over a corpus's seeds, on one thread.")
        {
            extractionCorpus, limit,
        };
        extraction.SetAction(result =>
        {
            ExtractionProfile.Run(result.GetValue(extractionCorpus)!.FullName, result.GetValue(limit), Console.Out);
            return 0;
        });

        var serveCorpus = new Argument<DirectoryInfo>("corpus") { Description = "A folder `generate` wrote (a seed and the layout are edited and put back)." };
        var rounds = new Option<int>("--rounds") { Description = "Edits of each kind, each also put back.", DefaultValueFactory = _ => 3 };
        var stagesOnly = new Option<bool>("--stages-only") { Description = "Only the rebuilds' steps, without a serve session." };
        var serve = new Command("serve", "Time chronicle serve from saving a seed or the layout to the live-reload event, then each rebuild's steps.")
        {
            serveCorpus, rounds, stagesOnly,
        };
        serve.SetAction(result =>
        {
            ServeProfile.Run(result.GetValue(serveCorpus)!.FullName, result.GetValue(rounds), result.GetValue(stagesOnly), Console.Out);
            return 0;
        });

        var root = new RootCommand("StaticChronicle benchmarks: synthetic corpus generator, stage timings and micro-benchmarks.")
        {
            generate, stages, extraction, serve, micro,
        };
        return root.Parse(args).Invoke();
    }
}
