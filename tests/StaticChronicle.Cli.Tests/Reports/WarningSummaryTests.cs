using StaticChronicle.Cli.Reports;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Tests.Reports;

public class WarningSummaryTests
{
    private static Diagnostic Unregistered(int i) =>
        Diagnostic.Warning($"seeds/{i:D3}_a.txt", 3, 1, $"Nguyen Van Thanh{i} (Deputy Minister) is not in the people registry. If this is a person, add them to `people:` in site-config.yml so every article links to one page.");

    private static Diagnostic Inferred(int i) =>
        Diagnostic.Warning($"seeds/{i:D3}_b.txt", 2, 0, "the date 2023-09-05 is inferred. 'on September 5' + the 50th anniversary gives 2023. If it is wrong, add `date: YYYY-MM-DD` to the front matter.");

    [Fact]
    public void A_few_warnings_are_printed_in_full_and_nothing_else()
    {
        var warnings = Enumerable.Range(0, WarningSummary.Shown).Select(Unregistered).ToList();
        var error = new StringWriter();

        WarningSummary.Write(error, warnings, "where all are");

        Assert.Equal(warnings.Select(w => w.ToString()), Lines(error));
    }

    [Fact]
    public void Many_warnings_give_the_first_few_a_count_per_kind_most_frequent_first_and_where_all_are()
    {
        var warnings = Enumerable.Range(0, 1200).Select(Unregistered)
            .Concat(Enumerable.Range(0, 30).Select(Inferred))
            .Append(Diagnostic.Warning("seeds/999_c.txt", 1, 0, "the text has no headline; the title \"Talks\" was made from the lede. Add `title: \"…\"` to the front matter to set it."))
            .Append(Diagnostic.Warning("seeds/999_d.txt", 1, 0, "a message of a kind no one has listed yet."))
            .ToList();
        var error = new StringWriter();

        WarningSummary.Write(error, warnings, "Every warning is in .chronicle/last-build-warnings.txt.");

        var lines = Lines(error);
        Assert.Equal(warnings.Take(WarningSummary.Shown).Select(w => w.ToString()), lines.Take(WarningSummary.Shown));
        Assert.Equal(
            [
                "… and 1,212 more warnings not shown. All 1,232, by kind:",
                "  1,200  people not in the people registry",
                "     30  dates inferred from the text",
                "      1  other warnings",
                "      1  titles made from the lede",
                "Every warning is in .chronicle/last-build-warnings.txt.",
            ],
            lines.Skip(WarningSummary.Shown));
    }

    [Theory]
    [InlineData("the page shows two dates: 'May 01, 2022' (line 3), beside the headline, is used; 'May 2, 2022' (line 9) is not.", "pages showing two dates")]
    [InlineData("the date 2019-05-01 is outside the registry's tenure for 'Prime Minister' (2021–). Check the date, the role or the registry.", "dates outside a registered office's tenure")]
    [InlineData("'Monday, September 5' is a Monday in the text, but 2021-09-05 is a Sunday. Check the year.", "weekdays that do not fit the date")]
    [InlineData("front-matter topic 'trad' is not one of the topics in site-config.yml (trade, culture); it is ignored. Did you mean 'trade'?", "front-matter topics not in site-config.yml")]
    [InlineData("front-matter key 'titel' is not one StaticChronicle reads; it is ignored. Did you mean 'title'?", "front-matter keys StaticChronicle does not read")]
    public void A_warning_is_counted_by_what_its_message_says(string message, string kind)
    {
        Assert.Equal(kind, WarningSummary.KindOf(Diagnostic.Warning("seeds/a.txt", 1, 0, message)));
    }

    private static List<string> Lines(StringWriter writer) =>
        writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
