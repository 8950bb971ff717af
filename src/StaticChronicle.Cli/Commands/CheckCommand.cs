using System.CommandLine;
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
        var command = new Command("check", "Check every seed: print the title, date, people and warnings extracted from each; exit 1 if any seed has an error.")
        {
            config, seeds, format, summary,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(parseResult.GetValue(seeds)?.FullName));
                var result = SeedIngestion.Run(site, SeedFiles.Enumerate(site.SeedsDirectory));
                var report = CheckReport.From(result);
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
}
