using System.CommandLine;
using StaticChronicle.Caching;
using StaticChronicle.Cli.Reports;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle check</c>: extracts every seed without writing anything and reports, per seed, what was found and what to confirm.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var format = new Option<string?>("--format")
        {
            Description = "text (plain, for logs), markdown (a table), github (text plus ::warning/::error annotations on the seeds' lines), or json (one object per seed with every extracted field, its evidence and the messages). Default: a table on a terminal, text otherwise.",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "github", "json");
        var summary = new Option<FileInfo?>("--summary")
        {
            Description = "Also append the report as a Markdown table to FILE (in GitHub Actions: --summary \"$GITHUB_STEP_SUMMARY\").",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Extract every seed again, neither reading nor writing the extraction cache (.chronicle/cache/) that check shares with build.",
        };
        var command = new Command("check", "Check every seed: print the title, date, people and warnings extracted from each; exit 1 if any seed has an error.")
        {
            config, seeds, format, summary, noCache,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(parseResult.GetValue(seeds)?.FullName));
                var files = SeedFiles.Enumerate(site.SeedsDirectory, site.RootDirectory);

                // The seeds' extraction cache that build keeps, read and written the same way: a seed build (or an earlier
                // check) extracted is not extracted again. Only the site and build's record of it are left alone.
                var cache = parseResult.GetValue(noCache) ? null : BuildCache.Open(site);
                var result = SeedIngestion.Run(site, files, cache?.Extraction);
                if (cache is not null)
                {
                    SaveCache(cache, stderr);
                    foreach (var note in cache.Notes)
                    {
                        stderr.WriteLine($"cache: {note}");
                    }

                    stderr.WriteLine($"check: {files.Count} seed{(files.Count == 1 ? "" : "s")}, {cache.Extraction.Extracted} extracted, {cache.Extraction.Reused} from the cache.");
                }

                var report = CheckReport.From(WithAliasProblems(site, result));
                var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
                switch (parseResult.GetValue(format))
                {
                    case "markdown":
                        stdout.Write(CheckReportMarkdown.Render(report));
                        break;
                    case "json":
                        stdout.Write(CheckReportJson.Render(report));
                        break;
                    case "github":
                        CheckReportRenderer.Render(report, stdout, terminal: false);
                        GitHubAnnotations.Write(report, stdout);
                        break;
                    default:
                        CheckReportRenderer.Render(report, stdout, terminal && parseResult.GetValue(format) is null);
                        break;
                }

                if (parseResult.GetValue(summary) is { } summaryFile)
                {
                    File.AppendAllText(summaryFile.FullName, CheckReportMarkdown.Render(report) + "\n");
                }

                return report.HasErrors ? ExitCodes.ContentError : ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                return DiagnosticOutput.Fail(stderr, e.Diagnostics, $"check failed: {e.Diagnostics.Count(d => d.IsError)} error(s).");
            }
        });
        return command;
    }

    /// <summary>An alias at the address of a real page stops the build: each such error is shown with the seed that has the alias.</summary>
    private static IngestionResult WithAliasProblems(SiteConfig site, IngestionResult result)
    {
        var problems = StaticChronicle.Build.RedirectPages.Check(site, result.Articles);
        if (problems.Count == 0)
        {
            return result;
        }

        var seeds = result.Seeds.Select(s => problems.Where(p => p.File == s.DisplayPath).ToList() is { Count: > 0 } own
            ? s with { Diagnostics = [.. s.Diagnostics, .. own] }
            : s).ToList();
        return result with { Seeds = seeds, Diagnostics = [.. result.Diagnostics, .. problems] };
    }

    /// <summary>A cache that cannot be written (read-only checkout, full disk) makes the next run slower, never this one fail.</summary>
    private static void SaveCache(BuildCache cache, TextWriter stderr)
    {
        try
        {
            cache.Extraction.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"cache: the extraction cache could not be written ({e.Message}); the next run will not be faster.");
        }
    }
}
