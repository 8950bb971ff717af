using Spectre.Console;

namespace StaticChronicle.Cli.Reports;

/// <summary>Renders a <see cref="CheckReport"/>: a table on a terminal, plain indented text when the output is redirected or captured.</summary>
public static class CheckReportRenderer
{
    public static void Render(CheckReport report, TextWriter output, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (terminal)
        {
            RenderTable(report, console);
        }
        else
        {
            // Plain text is read by CI logs and scripts: one long line per fact, never wrapped.
            console.Profile.Width = 100_000;
            RenderText(report, console);
        }
    }

    private static void RenderTable(CheckReport report, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Seed");
        table.AddColumn("Title");
        table.AddColumn("Date");
        table.AddColumn("People");
        table.AddColumn("Warnings and errors");
        foreach (var seed in report.Seeds)
        {
            var title = seed.Title is null ? "[red]—[/]" : Markup.Escape(seed.Title) + (seed.TitleGenerated ? " [yellow](generated)[/]" : "");
            var date = seed.Date is null ? "[red]—[/]" : $"{seed.Date}\n[grey]{Markup.Escape(seed.DateNote ?? "")}[/]";
            var problems = string.Join("\n", seed.Problems.Select(p =>
                (p.IsError ? "[red]error[/] " : "[yellow]warning[/] ") + Markup.Escape(Position(p) + p.Message)));
            table.AddRow(
                new Markup(Markup.Escape(seed.File)),
                new Markup(title),
                new Markup(date),
                new Markup(Markup.Escape(string.Join(", ", seed.People))),
                new Markup(problems.Length == 0 ? "[green]ok[/]" : problems));
        }

        console.Write(table);
        console.MarkupLine((report.HasErrors ? "[red]" : "[green]") + Markup.Escape(report.Summary) + "[/]");
    }

    private static void RenderText(CheckReport report, IAnsiConsole console)
    {
        foreach (var seed in report.Seeds)
        {
            console.WriteLine(seed.File);
            if (seed.Title is not null)
            {
                console.WriteLine($"  title:   {seed.Title}{(seed.TitleGenerated ? " (generated from the lede)" : "")}");
                console.WriteLine(seed.Date is null ? "  date:    none (see the error below)" : $"  date:    {seed.Date} ({seed.DateNote})");
                foreach (var candidate in seed.DateCandidates)
                {
                    console.WriteLine($"           '{candidate.Phrase}'{(candidate.Line > 0 ? $" (line {candidate.Line})" : "")}: {candidate.Reason}");
                }

                console.WriteLine($"  people:  {(seed.People.Count == 0 ? "none found" : string.Join(", ", seed.People))}");
            }

            foreach (var problem in seed.Problems)
            {
                console.WriteLine($"  {problem}");
            }
        }

        console.WriteLine();
        console.WriteLine(report.Summary);
    }

    private static string Position(StaticChronicle.Diagnostics.Diagnostic d) => d.Line > 0 ? $"line {d.Line}: " : "";
}
