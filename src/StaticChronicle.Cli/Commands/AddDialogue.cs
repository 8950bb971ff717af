using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.Dates;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Commands;

/// <summary>
/// What <c>add</c> does before a seed is stored: extracts the article in memory and, when the site could not be built
/// from it (no date) or a human should say what it is (no headline), gets the answer from the options or, at a
/// terminal, by asking. The answers become front-matter fields of the stored seed.
/// </summary>
internal sealed class AddDialogue(SiteConfig site, EditorTerminal terminal, TextWriter stderr)
{
    private const int Attempts = 5;
    private static readonly DateOnly Placeholder = new(2000, 1, 1);
    private readonly ArticleExtractor _extractor = new(site);

    /// <summary>
    /// The fields to add and the article as it will be extracted with them; null when the seed cannot be stored (why has
    /// been written to standard error).
    /// </summary>
    public (List<KeyValuePair<string, string>> Fields, SeedOutcome Outcome)? Complete(byte[] content, string sourceName, DateOnly? givenDate, string? givenTitle)
    {
        // Read as given first, so any message points at the editor's own lines.
        var read = SeedReader.Parse(content, sourceName, sourceName);
        if (read.Seed is not { } seed)
        {
            return Refuse(read.Diagnostics, "the article's text has errors (above); fix them and add it again.");
        }

        foreach (var (key, given) in new[] { ("date", givenDate is not null), ("title", givenTitle is not null) })
        {
            if (given && seed.FrontMatter.Lines.TryGetValue(key, out var line))
            {
                return Refuse([], $"--{key}: the article's front matter already sets `{key}:` (line {line}); change it there, or leave out --{key}.");
            }
        }

        var outcome = _extractor.Extract(seed);
        var dateMissing = outcome.Article is null && seed.FrontMatter.Date is null && IsMissingDate(outcome);
        var needsDate = givenDate is null && dateMissing;
        if (outcome.Article is null && !dateMissing)
        {
            return Refuse(outcome.Diagnostics, "the site could not be built from this article; fix the errors above and add it again.");
        }

        // Without a date there is no article yet: extract once more with any date to learn its title and people.
        var probe = dateMissing ? Extract(content, sourceName, [new("date", Iso(givenDate ?? Placeholder))]) : outcome;
        if (probe.Article is not { } found)
        {
            return Refuse(probe.Diagnostics, "the site could not be built from this article; fix the errors above and add it again.");
        }

        var asksTitle = givenTitle is null && found.TitleGenerated;
        var date = givenDate;
        var title = givenTitle;
        if (needsDate && !terminal.IsInteractive)
        {
            var candidates = Candidates(seed);
            var seen = candidates.Count == 0 ? "" : $" (dates seen in the text: {string.Join(", ", candidates.Select(c => Iso(c.Date)))})";
            return Refuse(outcome.Diagnostics,
                $"Nothing was added: the site cannot be built from an article without a date. Give it as an option: chronicle add {sourceName} --date YYYY-MM-DD{seen}"
                + (asksTitle ? " --title \"…\"." : "."));
        }

        if (terminal.IsInteractive && (needsDate || asksTitle))
        {
            Show(sourceName, found, needsDate);
            if (needsDate)
            {
                date = AskDate(Candidates(seed));
                if (date is null)
                {
                    return Refuse([], "No date was given: nothing was added.");
                }
            }

            if (asksTitle)
            {
                title = AskTitle(found.Title);
                if (title is null)
                {
                    return Refuse([], "No title was given: nothing was added.");
                }
            }
        }

        var fields = new List<KeyValuePair<string, string>>();
        if (title is not null)
        {
            fields.Add(new("title", FrontMatterFields.Quote(title)));
        }

        if (date is { } day)
        {
            fields.Add(new("date", Iso(day)));
        }

        var final = Extract(content, sourceName, fields);
        return final.HasErrors
            ? Refuse(final.Diagnostics, "the site could not be built from this article with those answers; nothing was added.")
            : (fields, final);
    }

    /// <summary>The article of <paramref name="content"/> with <paramref name="fields"/> added to its front matter.</summary>
    public SeedOutcome Extract(byte[] content, string sourceName, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var read = SeedReader.Parse(FrontMatterFields.Add(content, fields), sourceName, sourceName);
        if (read.Seed is not { } seed)
        {
            return new SeedOutcome(sourceName, sourceName, null, read.Diagnostics);
        }

        var outcome = _extractor.Extract(seed);
        return read.Diagnostics.Count == 0 ? outcome : outcome with { Diagnostics = [.. read.Diagnostics, .. outcome.Diagnostics] };
    }

    /// <summary>The extractor's "no date could be found" error is the only one an answer can fix.</summary>
    private static bool IsMissingDate(SeedOutcome outcome) =>
        outcome.Diagnostics.Where(d => d.IsError).All(d => d.Message.StartsWith("no date could be found", StringComparison.Ordinal))
        && outcome.Diagnostics.Any(d => d.IsError);

    private static IReadOnlyList<(DateOnly Date, string Words)> Candidates(Seed seed) =>
        DateCandidates.Find(BodyExtractor.Extract(seed.Text, seed.FirstTextLine).AllText);

    private void Show(string sourceName, Article found, bool needsDate)
    {
        stderr.WriteLine($"{sourceName}: what was found");
        stderr.WriteLine($"  title:   {found.Title}{(found.TitleGenerated ? " (no headline: made from the lede)" : "")}");
        stderr.WriteLine($"  date:    {(needsDate ? "not found" : $"{Iso(found.Date)} ({found.DateEvidence})")}");
        stderr.WriteLine($"  people:  {(found.People.Count == 0 ? "none found" : string.Join(", ", found.People.Select(p => p.Registered ? p.Name : p.Name + " (unregistered)")))}");
    }

    private DateOnly? AskDate(IReadOnlyList<(DateOnly Date, string Words)> candidates)
    {
        stderr.WriteLine(candidates.Count == 0
            ? "No date could be found, and the text mentions none. The site needs the date of the event."
            : "No date could be fixed. Dates the text mentions:");
        for (var i = 0; i < candidates.Count; i++)
        {
            stderr.WriteLine($"  {i + 1}) {Iso(candidates[i].Date)}  {candidates[i].Words}");
        }

        var prompt = candidates.Count == 0
            ? "Date of the article (YYYY-MM-DD): "
            : $"Date of the article ({(candidates.Count == 1 ? "1" : $"1-{candidates.Count}")}, or YYYY-MM-DD): ";
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            stderr.Write(prompt);
            stderr.Flush();
            if (terminal.Answers.ReadLine() is not { } line)
            {
                stderr.WriteLine();
                return null;
            }

            var answer = line.Trim();
            if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= candidates.Count)
            {
                return candidates[n - 1].Date;
            }

            if (DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            stderr.WriteLine($"'{answer}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-09-21{(candidates.Count > 0 ? ", or give the number of a date above" : "")}.");
        }

        return null;
    }

    private string? AskTitle(string generated)
    {
        stderr.WriteLine($"The text has no headline; the title made from its lede is \"{generated}\".");
        stderr.Write("Title (Enter keeps that one): ");
        stderr.Flush();
        if (terminal.Answers.ReadLine() is not { } line)
        {
            stderr.WriteLine();
            return null;
        }

        return line.Trim().Length == 0 ? generated : line.Trim();
    }

    private (List<KeyValuePair<string, string>>, SeedOutcome)? Refuse(IEnumerable<Diagnostic> problems, string closing)
    {
        DiagnosticOutput.Write(stderr, problems);
        stderr.WriteLine(closing);
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
