using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Extraction.People;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Tests.Extraction;

/// <summary>The five repository seeds against the shared gold file (../shared/gold/seeds.yml), scored by the rules written at its top.</summary>
public class GoldSeedTests
{
    private static readonly Lazy<IngestionResult> Result = new(() =>
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);
        return SeedIngestion.Run(config, SeedFiles.Enumerate(RepositoryPaths.Seeds));
    });

    public static string GoldFile => Path.Combine(RepositoryPaths.Shared, "gold", "seeds.yml");

    public static TheoryData<string> GoldSeeds()
    {
        var data = new TheoryData<string>();
        if (!File.Exists(GoldFile))
        {
            // One failing row instead of none: a missing gold file must never look like a pass.
            data.Add("(gold file missing)");
            return data;
        }

        foreach (var entry in Entries())
        {
            data.Add(Scalar(entry, "file")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldSeeds))]
    public void The_seed_is_extracted_as_the_gold_file_says(string file)
    {
        Assert.True(File.Exists(GoldFile), $"The gold file {GoldFile} is missing: it must sit in the shared folder beside the checkout.");
        var gold = Entries().Single(e => Scalar(e, "file") == file);
        var outcome = Result.Value.Seeds.Single(s => s.SourcePath == "seeds/" + file);
        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics));
        var article = outcome.Article!;

        var title = Scalar(gold, "title");
        if (title is null)
        {
            Assert.True(article.TitleGenerated, $"'{article.Title}' should be marked generated: the text has no headline");
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
        }
        else
        {
            Assert.Equal(title, article.Title);
            Assert.False(article.TitleGenerated);
        }

        Assert.Equal(Scalar(gold, "date"), article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Scalar(gold, "date_kind"), StaticChronicle.Content.FrontMatterPage.KindName(article.DateKind));

        var expected = List(gold, "people").Select(PersonNameKey.For).ToHashSet();
        var optional = List(gold, "optional").Select(PersonNameKey.For).ToHashSet();
        var found = article.People.Select(p => PersonNameKey.For(p.Name)).ToHashSet();
        Assert.Empty(expected.Except(found));
        Assert.Empty(found.Except(expected).Except(optional));

        Assert.Equal(List(gold, "places").Order(StringComparer.Ordinal), article.Places.Order(StringComparer.Ordinal));
        Assert.Equal(Scalar(gold, "mentions_50th_anniversary") == "true", article.MentionsFiftiethAnniversary);
    }

    /// <summary>Who took part, who met whom, each participant's role, the ranked main topics and the event's place (issue 15).</summary>
    [Theory]
    [MemberData(nameof(GoldSeeds))]
    public void The_seed_has_the_facts_the_gold_file_says(string file)
    {
        Assert.True(File.Exists(GoldFile), $"The gold file {GoldFile} is missing: it must sit in the shared folder beside the checkout.");
        var gold = Entries().Single(e => Scalar(e, "file") == file);
        var article = Result.Value.Seeds.Single(s => s.SourcePath == "seeds/" + file).Article!;
        var byKey = article.People.ToDictionary(p => PersonNameKey.For(p.Name));

        var participants = List(gold, "participants").Select(PersonNameKey.For).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(participants, article.People.Where(p => p.Participant).Select(p => PersonNameKey.For(p.Name)).Order(StringComparer.Ordinal));

        var met = ((YamlSequenceNode)gold.Children[new YamlScalarNode("met")]).Children.Cast<YamlSequenceNode>()
            .Select(pair => string.Join(" + ", pair.Children.Cast<YamlScalarNode>().Select(n => PersonNameKey.For(n.Value!)).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        var names = article.People.ToDictionary(p => p.Id, p => PersonNameKey.For(p.Name));
        Assert.Equal(met, article.Met.Select(m => string.Join(" + ", new[] { names[m.First], names[m.Second] }.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

        foreach (var (name, role) in ((YamlMappingNode)gold.Children[new YamlScalarNode("roles")]).Children)
        {
            var person = byKey[PersonNameKey.For(((YamlScalarNode)name).Value!)];
            Assert.Equal(((YamlScalarNode)role).Value, person.Role);
        }

        Assert.Equal(Scalar(gold, "event_place"), article.EventPlace);
        Assert.Equal(List(gold, "topics"), article.Topics);
    }

    private static IEnumerable<YamlMappingNode> Entries()
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(GoldFile);
        stream.Load(reader);
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } && v != "null" && v != "~" ? v : null;

    private static List<string> List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];
}
