using System.CommandLine;
using StaticChronicle.Cli.Reports;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle add [FILE|-]</c>: stores an article's raw text as the next seed and shows what was extracted from it.</summary>
public static class AddCommand
{
    /// <param name="standardInput">Opens the text to read when no file (or <c>-</c>) is given; tests pass their own.</param>
    public static Command Create(Func<Stream>? standardInput = null)
    {
        var openStandardInput = standardInput ?? Console.OpenStandardInput;
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var file = new Argument<string?>("FILE")
        {
            Description = "The article's raw text (.txt, or .md with front matter); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("add", "Add an article to the seeds: stored as NNN_<content hash>.txt, refused when the same text is already a seed.")
        {
            file, config, seeds,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var source = parseResult.GetValue(file);
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(parseResult.GetValue(seeds)?.FullName));
                var (content, sourceName, extension) = Read(source, openStandardInput, stderr);
                var addition = SeedStore.Add(site.SeedsDirectory, content, sourceName, extension);
                if (addition.IsDuplicate)
                {
                    stderr.WriteLine($"{DisplayPath.For(addition.Path)}: error: this article is already a seed (same text). Nothing was added; edit that seed instead.");
                    return ExitCodes.ContentError;
                }

                stdout.WriteLine($"added {DisplayPath.For(addition.Path)}");
                return Report(site, addition.Path, stdout, stderr);
            }
            catch (DiagnosticException e)
            {
                return DiagnosticOutput.Fail(stderr, e.Diagnostics, "add failed: nothing was added.");
            }
        });
        return command;
    }

    private static (byte[] Content, string SourceName, string Extension) Read(string? source, Func<Stream> openStandardInput, TextWriter stderr)
    {
        if (source is null or "-")
        {
            if (!Console.IsInputRedirected && source is null)
            {
                stderr.WriteLine("Paste the article's text, then press Ctrl-D (Ctrl-Z Enter on Windows).");
            }

            using var input = openStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            return (buffer.ToArray(), "<stdin>", ".txt");
        }

        if (!File.Exists(source))
        {
            throw new DiagnosticException([Diagnostic.Error(source, 0, 0, "no such file. Give the path of the article's text file, or '-' to read standard input.")]);
        }

        var extension = Path.GetExtension(source).Equals(".md", StringComparison.OrdinalIgnoreCase) ? ".md" : ".txt";
        return (File.ReadAllBytes(source), DisplayPath.For(source), extension);
    }

    /// <summary>Shows what extraction made of the new seed — the same report <c>check</c> gives — so the editor knows what to confirm.</summary>
    private static int Report(SiteConfig site, string seedPath, TextWriter stdout, TextWriter stderr)
    {
        var report = CheckReport.From(SeedIngestion.Run(site, [seedPath]));
        CheckReportRenderer.Render(report, stdout, terminal: false);
        if (report.HasErrors)
        {
            stderr.WriteLine("The seed was stored, but the site cannot be built from it yet: fix it with front matter (see the README, \"Fix a wrong date or name\").");
            return ExitCodes.ContentError;
        }

        return ExitCodes.Success;
    }
}
