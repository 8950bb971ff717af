using System.CommandLine;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle ingest</c>: writes one front-matter page per seed (default <c>content/</c>), so editors see what the site is built from.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var output = CommonOptions.Output("the front-matter pages (default: paths.content, content/)");
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Seed files to ingest; all seeds in the seeds folder when none is given.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ingest", "Write one front-matter page (YAML + Markdown, as Hugo and Jekyll read) per seed.")
        {
            config, seeds, output, files,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(parseResult.GetValue(seeds)?.FullName));
                var folder = parseResult.GetValue(output)?.FullName ?? site.ContentDirectory;
                ContentFolder.EnsureSafe(folder, site);
                var given = parseResult.GetValue(files) ?? [];
                var seedFiles = given.Length > 0 ? given.Select(f => f.FullName).ToList() : SeedFiles.Enumerate(site.SeedsDirectory, site.RootDirectory);
                var missing = seedFiles.Where(f => !File.Exists(f)).ToList();
                if (missing.Count > 0)
                {
                    throw new DiagnosticException(missing.Select(f => Diagnostic.Error(DisplayPath.For(f), 0, 0, "no such seed file. Check the path.")).ToList());
                }

                var result = SeedIngestion.Run(site, seedFiles);
                var written = PageWriter.WriteAll(result.Articles, folder);
                DiagnosticOutput.Write(stderr, result.Diagnostics);

                var failed = result.Seeds.Count(s => s.HasErrors);
                stdout.WriteLine($"{written.Count} page{(written.Count == 1 ? "" : "s")} written to {DisplayPath.For(folder)}"
                                 + (failed > 0 ? $"; {failed} seed{(failed == 1 ? "" : "s")} not ingested because of errors (listed above)." : "."));
                return failed > 0 ? ExitCodes.ContentError : ExitCodes.Success;
            }
            catch (DiagnosticException e)
            {
                return DiagnosticOutput.Fail(stderr, e.Diagnostics, $"ingest failed: {e.Diagnostics.Count(d => d.IsError)} error(s).");
            }
        });
        return command;
    }
}
