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
    /// <param name="terminal">Who answers the questions about a missing date or title; the console's when null.</param>
    public static Command Create(Func<Stream>? standardInput = null, EditorTerminal? terminal = null)
    {
        var openStandardInput = standardInput ?? Console.OpenStandardInput;
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var file = new Argument<string?>("FILE")
        {
            Description = "The article's raw text (.txt, or .md with front matter); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = "The article's date (YYYY-MM-DD) when the text gives none that can be found; stored as front matter.",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                {
                    return day;
                }

                result.AddError($"--date '{text}' is not a date. Write it as YYYY-MM-DD, e.g. --date 2023-09-21.");
                return null;
            },
        };
        var title = new Option<string?>("--title")
        {
            Description = "The article's title when the text has no headline; stored as front matter.",
        };
        var command = new Command("add", "Add an article to the seeds: stored as NNN_<content hash>.txt with the slug it gets, refused when the same text is already a seed or the site could not be built from it.")
        {
            file, config, seeds, date, title,
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var source = parseResult.GetValue(file);
            var editor = terminal ?? EditorTerminal.FromConsole();
            try
            {
                var site = CommonOptions.LoadConfig(parseResult.GetValue(config)!, new ConfigOverrides(parseResult.GetValue(seeds)?.FullName));
                var (content, sourceName, extension) = Read(source, openStandardInput, stderr, editor);
                if (SeedStore.FindDuplicate(site.SeedsDirectory, content, sourceName) is { } existing)
                {
                    stderr.WriteLine($"{DisplayPath.For(existing)}: error: this article is already a seed (same text). Nothing was added; edit that seed instead.");
                    return ExitCodes.ContentError;
                }

                // Nothing is stored that the site could not be built from: what is missing is asked for (or given as options) first.
                var dialogue = new AddDialogue(site, editor, stderr);
                if (dialogue.Complete(content, sourceName, parseResult.GetValue(date), parseResult.GetValue(title)) is not (var fields, var outcome))
                {
                    return ExitCodes.ContentError;
                }

                // The slug is fixed now, so correcting the title or date later does not move the published page. One that
                // another seed has would move that seed's page (a front-matter slug wins), so it is never taken.
                var taken = TakenSlugs(site, stderr);
                if (SeedHasSlug(content, sourceName))
                {
                    if (taken.Contains(outcome.Article!.Slug))
                    {
                        stderr.WriteLine($"{sourceName}: error: front-matter slug '{outcome.Article.Slug}' is already the slug of another seed. Nothing was added; choose another slug.");
                        return ExitCodes.ContentError;
                    }
                }
                else
                {
                    var slug = outcome.Article!.Slug;
                    for (var n = 2; taken.Contains(slug); n++)
                    {
                        slug = $"{outcome.Article.Slug}-{n}";
                    }

                    fields.Add(new("slug", slug));
                }

                var addition = SeedStore.Add(site.SeedsDirectory, content, sourceName, extension, FrontMatterFields.Add(content, fields));
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

    private static (byte[] Content, string SourceName, string Extension) Read(string? source, Func<Stream> openStandardInput, TextWriter stderr, EditorTerminal editor)
    {
        if (source is null or "-")
        {
            if (editor.IsInteractive && source is null)
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

    private static bool SeedHasSlug(byte[] content, string sourceName) =>
        SeedReader.Parse(content, sourceName, sourceName).Seed?.FrontMatter.Slug is not null;

    /// <summary>The slugs of the seeds already there, extracted through build's cache.</summary>
    private static HashSet<string> TakenSlugs(SiteConfig site, TextWriter stderr)
    {
        var cache = StaticChronicle.Caching.BuildCache.Open(site);
        var existing = SeedIngestion.Run(site, SeedFiles.Enumerate(site.SeedsDirectory, site.RootDirectory), cache.Extraction);
        try
        {
            cache.Extraction.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"note: the extraction cache could not be written ({e.Message}).");
        }

        return existing.Seeds.Where(s => s.Article is not null).Select(s => s.Article!.Slug).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Shows what extraction made of the new seed — the same report <c>check</c> gives — so the editor knows what to confirm.</summary>
    private static int Report(SiteConfig site, string seedPath, TextWriter stdout, TextWriter stderr)
    {
        var report = CheckReport.From(SeedIngestion.Run(site, [seedPath]));
        CheckReportRenderer.Render(report, stdout, terminal: false);
        if (report.HasErrors)
        {
            stderr.WriteLine("The seed was stored, but the site cannot be built with it: fix it with front matter (see the README, \"Fix a wrong date or name\").");
            return ExitCodes.ContentError;
        }

        return ExitCodes.Success;
    }
}
