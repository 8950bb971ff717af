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
        var command = new Command("check", "Check every seed: print the title, date, people and warnings extracted from each; exit 1 if any seed has an error.")
        {
            config, seeds,
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
                CheckReportRenderer.Render(report, stdout, terminal);
                return report.HasErrors ? ExitCodes.ContentError : ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                stderr.WriteLine($"check failed: {e.Diagnostics.Count(d => d.IsError)} error(s).");
                return ExitCodes.ContentError;
            }
        });
        return command;
    }
}
