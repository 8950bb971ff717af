using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>Warnings about people and topics point at the name in the seed and suggest the registry entry that was meant.</summary>
public class EditorMessagesTests
{
    private static readonly ArticleExtractor Extractor = new(SiteConfigLoader.Load(RepositoryPaths.SiteConfig));

    private static List<Diagnostic> Warnings(string text)
    {
        var read = SeedReader.Parse(Encoding.UTF8.GetBytes(text), "seeds/a.txt", "seeds/a.txt");
        Assert.NotNull(read.Seed);
        var outcome = Extractor.Extract(read.Seed);
        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics));
        return outcome.Diagnostics.Where(d => !d.IsError).ToList();
    }

    [Fact]
    public void A_front_matter_name_two_letters_from_a_registry_name_gets_did_you_mean_at_the_name()
    {
        const string PeopleLine = "people: [Pham Minh Chinh, Kishida Fumoi]";
        var warnings = Warnings($"---\ntitle: Leaders meet\n{PeopleLine}\n---\nHanoi, May 3, 2023 (VNA) – The two leaders met in Hanoi.\n");

        var warning = Assert.Single(warnings, w => w.Message.StartsWith("Kishida Fumoi", StringComparison.Ordinal));
        Assert.Equal((3, PeopleLine.IndexOf("Kishida Fumoi", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
        Assert.Contains("Kishida Fumoi is not in the people registry. Did you mean Kishida Fumio? Correct the name in `people:` above", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_far_from_every_registry_name_gets_no_suggestion()
    {
        var warnings = Warnings("---\ntitle: Leaders meet\npeople: [Yamada Taro]\n---\nHanoi, May 3, 2023 (VNA) – The two leaders met in Hanoi.\n");

        var warning = Assert.Single(warnings, w => w.Message.StartsWith("Yamada Taro", StringComparison.Ordinal));
        Assert.DoesNotContain("Did you mean", warning.Message, StringComparison.Ordinal);
        Assert.Equal((3, 10), (warning.Line, warning.Column));
    }

    [Fact]
    public void An_unregistered_person_in_the_text_is_reported_at_the_line_and_column_of_the_name()
    {
        const string Line5 = "Earlier that day, Governor Yamada Taro of Gunma visited the port.";
        var text = "Japan and Vietnam sign port deal\n\nHanoi, May 3, 2023 (VNA) – The two sides signed a port agreement.\n\n" + Line5 + "\n";

        var warning = Assert.Single(Warnings(text), w => w.Message.StartsWith("Yamada Taro", StringComparison.Ordinal));

        Assert.Equal((5, Line5.IndexOf("Yamada", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void The_position_counts_the_front_matter_lines_above_the_text()
    {
        const string Line6 = "Governor Yamada Taro of Gunma visited the port.";
        var text = "---\ndate: 2023-05-03\n---\nJapan and Vietnam sign port deal\n\n" + Line6 + "\n";

        var warning = Assert.Single(Warnings(text), w => w.Message.StartsWith("Yamada Taro", StringComparison.Ordinal));

        Assert.Equal((6, Line6.IndexOf("Yamada", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void A_misspelt_topic_id_gets_did_you_mean_at_the_topic()
    {
        const string TopicsLine = "topics: [oda, trade-invesment]";
        var warnings = Warnings($"---\ntitle: Leaders meet\n{TopicsLine}\n---\nHanoi, May 3, 2023 (VNA) – The two leaders met in Hanoi.\n");

        var warning = Assert.Single(warnings, w => w.Message.Contains("trade-invesment", StringComparison.Ordinal));
        Assert.Equal((3, TopicsLine.IndexOf("trade-invesment", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
        Assert.Contains("it is ignored. Did you mean 'trade-investment'?", warning.Message, StringComparison.Ordinal);
    }
}
