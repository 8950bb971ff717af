using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Extraction.People;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// One seed per kind of text that went wrong on real articles (Kinds/japan with the repository's
/// configuration, Kinds/korea with an empty people registry, Kinds/philippines a relationship without Vietnam), each checked against the title, date and
/// people written by hand in the folder's <c>expected.yml</c>.
/// </summary>
public class KindFixtureTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.Tests", "Extraction", "Kinds");

    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "japan", "korea", "philippines" })
        {
            foreach (var entry in Expectations(set))
            {
                data.Add(set, Scalar(entry, "file")!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_seed_gives_the_expected_title_date_and_people(string set, string file)
    {
        var score = Score(set, file);
        Assert.True(score.Problems.Count == 0, string.Join("\n", score.Problems));
    }

    [Fact]
    public void Scores_per_set()
    {
        foreach (var set in new[] { "japan", "korea", "philippines", "fresh-japan", "fresh-korea" })
        {
            var scores = Expectations(set).Select(e => Score(set, Scalar(e, "file")!)).ToList();
            var tp = scores.Sum(s => s.TruePositives);
            var fp = scores.Sum(s => s.FalsePositives);
            var fn = scores.Sum(s => s.FalseNegatives);
            var p = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set}: {scores.Count} seeds; titles {scores.Count(s => s.TitleRight)}/{scores.Count}, dates {scores.Count(s => s.DateRight)}/{scores.Count}, people P {p:0.00} R {r:0.00} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):0.00}"));
            foreach (var problem in scores.SelectMany(s => s.Problems))
            {
                output.WriteLine("  " + problem);
            }
        }
    }

    private static Result Score(string set, string file)
    {
        var expected = Expectations(set).Single(e => Scalar(e, "file") == file);
        var own = Path.Combine(Folder, set, "site-config.yml");
        var config = SiteConfigLoader.Load(File.Exists(own) ? own : RepositoryPaths.SiteConfig);
        var path = Path.Combine(Folder, set, file);
        var read = SeedReader.Parse(File.ReadAllBytes(path), "seeds/" + file, file);
        var outcome = new ArticleExtractor(config).Extract(read.Seed!);
        var problems = new List<string>();
        var title = outcome.Article?.Title ?? outcome.Findings?.Title;
        var generated = outcome.Article?.TitleGenerated ?? outcome.Findings?.TitleGenerated ?? false;
        var wantTitle = Scalar(expected, "title");
        var titleRight = wantTitle == "generated"
            ? generated && title is not null && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !title.Contains('…', StringComparison.Ordinal)
            : !generated && title == wantTitle;
        if (!titleRight)
        {
            problems.Add($"{set}/{file}: title '{title}'{(generated ? " (generated)" : "")}, expected '{wantTitle}'");
        }

        var wantDate = Scalar(expected, "date");
        var gotDate = outcome.HasErrors ? "refused" : outcome.Article!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gotKind = outcome.HasErrors ? null : StaticChronicle.Content.FrontMatterPage.KindName(outcome.Article!.DateKind);
        var dateRight = gotDate == wantDate && (wantDate == "refused" || gotKind == Scalar(expected, "kind"));
        if (!dateRight)
        {
            problems.Add($"{set}/{file}: date {gotDate} ({gotKind}), expected {wantDate} ({Scalar(expected, "kind")}); {string.Join(" | ", outcome.Diagnostics.Select(d => d.Message))}");
        }

        var people = (outcome.Article?.People ?? outcome.Findings?.People ?? []).Select(p => Key(p.Name)).ToHashSet(StringComparer.Ordinal);
        var want = List(expected, "people").Select(Key).ToHashSet(StringComparer.Ordinal);
        var missing = want.Except(people).ToList();
        var extra = people.Except(want).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            problems.Add($"{set}/{file}: people missing [{string.Join(", ", missing)}], not people [{string.Join(", ", extra)}]");
        }

        return new Result(titleRight, dateRight, want.Count - missing.Count, extra.Count, missing.Count, problems);
    }

    private static string Key(string name) => PersonNameKey.For(name.Replace('-', ' '));

    private static IEnumerable<YamlMappingNode> Expectations(string set)
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(Path.Combine(Folder, set, "expected.yml"));
        stream.Load(reader);
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } ? v : null;

    private static List<string> List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];

    private sealed record Result(bool TitleRight, bool DateRight, int TruePositives, int FalsePositives, int FalseNegatives, List<string> Problems);
}
