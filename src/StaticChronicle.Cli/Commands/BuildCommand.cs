using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StaticChronicle.Build;
using StaticChronicle.Cli.Reports;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle build</c>: ingests the seeds and renders the whole site into the output folder, replacing it only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var output = CommonOptions.Output("the site");
        var baseUrl = CommonOptions.BaseUrl();
        var search = new Option<bool>("--search")
        {
            Description = "Also write a Pagefind search index and the search page (needs `npm ci` first).",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Build everything from scratch, neither reading nor writing the incremental build cache (.chronicle/cache/).",
        };
        var command = new Command("build", "Build the site from the seeds into the output folder (default _site/).")
        {
            config, seeds, output, baseUrl, search, noCache,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(
                    parseResult.GetValue(seeds)?.FullName,
                    parseResult.GetValue(output)?.FullName,
                    BaseUrl: parseResult.GetValue(baseUrl)));
                var listing = SeedFiles.List(site.SeedsDirectory, site.RootDirectory);
                stdout.WriteLine($"{site.Title}: {listing.Files.Count} seeds in {DisplayPath.For(site.SeedsDirectory)}.");

                var result = Run(site, stdout, listing, new BuildOptions
                {
                    BuiltAt = BuiltAtFromEnvironment(),
                    Search = parseResult.GetValue(search),
                    UseCache = !parseResult.GetValue(noCache),
                });
                foreach (var note in result.Notes)
                {
                    stdout.WriteLine(note);
                }

                foreach (var note in result.CacheNotes)
                {
                    stdout.WriteLine($"cache: {note}");
                }

                // Thousands of warnings on a large site: the first few, a count per kind, and the whole list in a file.
                WarningSummary.Write(stderr, result.Warnings, LastBuildWarnings.Write(site, result.Warnings));

                stdout.WriteLine(Summary(result));
                if (result.Weight is { } weight)
                {
                    stdout.WriteLine(WeightSummary(weight, site.PageBudgetKb));
                }
                return ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                return DiagnosticOutput.Fail(stderr, e.Diagnostics, $"build failed: {e.Diagnostics.Count(d => d.IsError)} error(s). The previous site, if any, was left as it was.");
            }
        });
        return command;
    }

    /// <summary>The closing line: what was built, and how much of it the cache spared.</summary>
    public static string Summary(BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var warnings = $"{result.Warnings.Count} warning{(result.Warnings.Count == 1 ? "" : "s")}";
        if (result.NothingChanged)
        {
            var reread = result.SeedsExtracted == 0
                ? ""
                : string.Create(CultureInfo.InvariantCulture, $"{result.SeedsExtracted:N0} changed seed{(result.SeedsExtracted == 1 ? "" : "s")} gave the same article{(result.SeedsExtracted == 1 ? "" : "s")}; ");
            return string.Create(CultureInfo.InvariantCulture,
                $"Nothing changed: {reread}{DisplayPath.For(result.OutputDirectory)} is up to date ({result.Pages:N0} pages from {result.Articles:N0} articles; checked in {result.Elapsed.TotalSeconds:0.00} s); {warnings}.");
        }

        var pages = result.PagesRendered == result.Pages
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Pages:N0} pages")
            : string.Create(CultureInfo.InvariantCulture, $"{result.Pages:N0} pages: {result.PagesRendered:N0} rendered, {result.Pages - result.PagesRendered:N0} unchanged");
        var seeds = result.SeedsReused == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"; {result.SeedsExtracted:N0} seed{(result.SeedsExtracted == 1 ? "" : "s")} extracted, {result.SeedsReused:N0} from cache");
        return string.Create(CultureInfo.InvariantCulture,
            $"Built {pages} ({result.Files:N0} files) from {result.Articles:N0} articles{seeds} into {DisplayPath.For(result.OutputDirectory)} in {result.Elapsed.TotalSeconds:0.00} s; {warnings}.");
    }

    /// <summary>The site's size and its heaviest page, against the page budget.</summary>
    public static string WeightSummary(PageWeight weight, int budgetKb)
    {
        ArgumentNullException.ThrowIfNull(weight);
        var heaviest = weight.HeaviestPage is null ? "no HTML page" : $"heaviest page {weight.HeaviestPage} ({PageWeight.Kb(weight.HeaviestBytes)})";
        var over = weight.Warnings.Count == 0 ? "none over" : $"{weight.Warnings.Count} over";
        return string.Create(CultureInfo.InvariantCulture, $"Site size {PageWeight.Mb(weight.TotalBytes)}; {heaviest}; {over} the page budget of {budgetKb} KB.");
    }

    private static BuildResult Run(SiteConfig site, TextWriter stdout, SeedListing listing, BuildOptions options)
    {
        // A live progress bar only for a person at a terminal; redirected output and tests get plain lines.
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });

        if (!interactive)
        {
            BuildStage? lastStage = null;
            var plain = new SynchronousProgress(p =>
            {
                if (p.Stage != lastStage)
                {
                    lastStage = p.Stage;
                    console.WriteLine(Describe(p) + "…");
                }
            });
            return SiteBuild.FromSeeds(site, options with { Progress = plain }, listing);
        }

        BuildResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading seeds", maxValue: 1);
                var reporter = new SynchronousProgress(p =>
                {
                    task.Description = Describe(p);
                    if (p.Total > 0)
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    }
                });
                result = SiteBuild.FromSeeds(site, options with { Progress = reporter }, listing);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static string Describe(BuildProgress p) => p.Stage switch
    {
        BuildStage.ReadSeeds => "Reading seeds",
        BuildStage.LoadTemplates => "Loading templates",
        BuildStage.PlanPages => "Planning pages",
        BuildStage.RenderPages => $"Rendering {p.Total} pages",
        BuildStage.WriteData => "Writing feed, sitemap and data",
        BuildStage.IndexSearch => "Indexing for search",
        _ => "Publishing",
    };

    /// <summary>SOURCE_DATE_EPOCH, when set, is the only way a build carries a time, so that reproducible builds stay reproducible.</summary>
    private static string? BuiltAtFromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : null;
    }
}
