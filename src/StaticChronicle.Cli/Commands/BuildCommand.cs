using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StaticChronicle.Build;
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
        var command = new Command("build", "Build the site from the seeds into the output folder (default _site/).")
        {
            config, seeds, output, baseUrl, search,
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
                var files = SeedFiles.Enumerate(site.SeedsDirectory);
                stdout.WriteLine($"{site.Title}: {files.Count} seeds in {DisplayPath.For(site.SeedsDirectory)}.");

                var result = Run(site, stdout, parseResult.GetValue(search));
                foreach (var warning in result.Warnings)
                {
                    stderr.WriteLine(warning.ToString());
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Built {result.Pages} pages ({result.Files} files) from {result.Articles} articles into {DisplayPath.For(result.OutputDirectory)} in {result.Elapsed.TotalSeconds:0.00} s; {result.Warnings.Count} warning{(result.Warnings.Count == 1 ? "" : "s")}."));
                return ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                stderr.WriteLine($"build failed: {e.Diagnostics.Count(d => d.IsError)} error(s). The previous site, if any, was left as it was.");
                return ExitCodes.ContentError;
            }
        });
        return command;
    }

    private static BuildResult Run(SiteConfig site, TextWriter stdout, bool search)
    {
        var options = new BuildOptions { BuiltAt = BuiltAtFromEnvironment(), Search = search };

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
            return SiteBuild.FromSeeds(site, options with { Progress = plain });
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
                result = SiteBuild.FromSeeds(site, options with { Progress = reporter });
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
