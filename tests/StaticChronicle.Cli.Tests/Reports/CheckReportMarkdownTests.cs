using StaticChronicle.Cli.Reports;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Tests.Reports;

public class CheckReportMarkdownTests
{
    private static readonly CheckReport Report = new(
    [
        new CheckedSeed("seeds/000_a.txt", "Talks in Hanoi", TitleGenerated: true, "2023-09-05", "inferred: 'on September 5' + 50th anniversary", ["Vuong Dinh Hue", "Otsuji Hidehisa"],
            [Diagnostic.Warning("seeds/000_a.txt", 1, 0, "the date is inferred")]),
        new CheckedSeed("seeds/001_b.txt", "<script>alert(1)</script> | *bold* [link](x)", false, "2022-09-12", "stated: header", [], []),
        new CheckedSeed("seeds/002_c.txt", null, false, null, null, [], [Diagnostic.Error("seeds/002_c.txt", 1, 1, "no date could be found")]),
    ]);

    [Fact]
    public void The_report_is_a_table_with_one_row_per_seed_under_the_summary()
    {
        var lines = CheckReportMarkdown.Render(Report).Split('\n');

        Assert.Equal("## chronicle check", lines[0]);
        Assert.Equal("❌ " + Report.Summary, lines[2]);
        Assert.Equal("| Seed | Title | Date (how it was found) | People | Warnings and errors |", lines[4]);
        Assert.Equal(
            "| `seeds/000_a.txt` | Talks in Hanoi *(generated)* | 2023-09-05<br>inferred: 'on September 5' + 50th anniversary | Vuong Dinh Hue, Otsuji Hidehisa | warning (line 1): the date is inferred |",
            lines[6]);
        Assert.Equal("| `seeds/002_c.txt` | — | — | — | **error** (line 1): no date could be found |", lines[8]);
    }

    [Fact]
    public void Seed_text_cannot_become_html_or_markdown_or_break_the_table()
    {
        var row = CheckReportMarkdown.Render(Report).Split('\n')[7];

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*bold\\* \\[link\\](x)", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", row, StringComparison.Ordinal);
        // Six unescaped pipes: five cells.
        Assert.Equal(6, row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count());
    }
}
