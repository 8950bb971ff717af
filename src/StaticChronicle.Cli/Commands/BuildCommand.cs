using System.CommandLine;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle build</c>: validates the configuration and seeds and builds the site into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var output = CommonOptions.Output("the site");
        var baseUrl = CommonOptions.BaseUrl();
        var command = new Command("build", "Build the site from the seeds into the output folder (default _site/).")
        {
            config, seeds, output, baseUrl,
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
                stdout.WriteLine($"{site.Title}: {files.Count} seeds in {DisplayPath.For(site.SeedsDirectory)}, configuration valid.");
                return ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                stderr.WriteLine($"build failed: {e.Diagnostics.Count(d => d.IsError)} error(s).");
                return ExitCodes.ContentError;
            }
        });
        return command;
    }
}
