using System.Globalization;
using System.Text;

namespace StaticChronicle.Cli.Reports;

/// <summary>
/// A <see cref="CheckReport"/> as a GitHub-flavoured Markdown table, for a pull request's job summary.
/// Seed text is escaped so that nothing from an article can become markup there.
/// </summary>
public static class CheckReportMarkdown
{
    public static string Render(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var markdown = new StringBuilder();
        markdown.Append("## chronicle check\n\n");
        markdown.Append(report.HasErrors ? "❌ " : report.WarningCount > 0 ? "⚠️ " : "✅ ").Append(Cell(report.Summary)).Append("\n\n");
        markdown.Append("| Seed | Title | Date (how it was found) | People | Warnings and errors |\n");
        markdown.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var seed in report.Seeds)
        {
            var title = seed.Title is null ? "—" : Cell(seed.Title) + (seed.TitleGenerated ? " *(generated)*" : "");
            var date = seed.Date is null
                ? "—" + string.Concat(seed.DateCandidates.Select(c => $"<br>'{Cell(c.Phrase)}': {Cell(c.Reason)}"))
                : $"{Cell(seed.Date)}<br>{Cell(seed.DateNote ?? "")}";
            var people = seed.People.Count == 0 ? "—" : Cell(string.Join(", ", seed.People));
            var problems = seed.Problems.Count == 0
                ? "ok"
                : string.Join("<br>", seed.Problems.Select(p => $"{(p.IsError ? "**error**" : "warning")}{(p.Line > 0 ? $" (line {p.Line})" : "")}: {Cell(p.Message)}"));
            markdown.Append(CultureInfo.InvariantCulture, $"| `{seed.File.Replace("`", "", StringComparison.Ordinal)}` | {title} | {date} | {people} | {problems} |\n");
        }

        return markdown.ToString();
    }

    /// <summary>Text safe inside a table cell: no HTML tags, pipes escaped, Markdown emphasis and links defused, one line.</summary>
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '&':
                    cell.Append("&amp;");
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '|' or '*' or '_' or '`' or '[' or ']' or '\\' or '~':
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }
}
