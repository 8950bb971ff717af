using StaticChronicle.Content;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace StaticChronicle.Tests.Content;

/// <summary>
/// The emitter-based writer must write what YamlDotNet's reflection serialiser wrote before it (pages already
/// published must not change), and what it writes must read back as the same strings and booleans.
/// </summary>
public class FrontMatterYamlTests
{
    private static readonly ISerializer Reference = new SerializerBuilder().WithQuotingNecessaryStrings().DisableAliases().Build();

    private static readonly string[] Awkward =
    [
        "", " ", "true", "False", "null", "~", "2023", "-7", "+1.5", "1e3", ".5", "0x1F", "0o17", ".inf", ".NaN", "yes", "no", "on",
        " leading space", "trailing space ", "a: b", "a #b", "#hash", "- dash", "? q", "'single'", "\"double\"", "line\nbreak",
        "tab\there", "Việt Nam – Nhật Bản", "石破茂", "@at", "`tick", "%percent", "!bang", "&amp", "*star", "[x]", "{y}", "a,b",
        "2023-09-21", "12:30", "x\\y", "—", "\u00A0nbsp", "end.",
        "A long sentence about the two prime ministers who met in Hanoi and agreed to raise ties to a comprehensive strategic partnership for peace and prosperity in Asia",
    ];

    [Fact]
    public void Writes_what_the_reflection_serialiser_wrote_for_awkward_strings_in_every_position()
    {
        foreach (var text in Awkward)
        {
            var fields = new OrderedDictionary<string, object>
            {
                ["title"] = text,
                ["draft"] = false,
                ["people"] = new List<OrderedDictionary<string, object>> { new() { ["name"] = text, ["registered"] = true, ["roles"] = new List<string> { text, "Prime Minister" } } },
                ["met"] = new List<List<string>> { new() { text, "b" } },
                ["places"] = new List<string>(),
                [text.Length == 0 ? "empty" : text] = text,
            };

            Assert.Equal(Reference.Serialize(fields).Replace("\r\n", "\n", StringComparison.Ordinal), FrontMatterYaml.Write(fields));
        }
    }

    [Fact]
    public void Writes_what_the_reflection_serialiser_wrote_for_random_fields()
    {
        var random = new Random(20261201);
        const string Alphabet = "abc XYZ:#-'\"\n\t0123456789.,?!&*@%`|>{}[]ệăđươ石茂—";
        for (var round = 0; round < 500; round++)
        {
            string Text() => new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var fields = new OrderedDictionary<string, object>
            {
                ["title"] = Text(),
                ["flag"] = random.Next(2) == 0,
                ["list"] = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text()).ToList(),
                ["source"] = new OrderedDictionary<string, object> { ["path"] = Text(), ["url"] = Text() },
            };

            Assert.Equal(Reference.Serialize(fields).Replace("\r\n", "\n", StringComparison.Ordinal), FrontMatterYaml.Write(fields));
        }
    }

    [Fact]
    public void What_it_writes_reads_back_as_the_same_strings()
    {
        foreach (var text in Awkward)
        {
            var yaml = FrontMatterYaml.Write(new OrderedDictionary<string, object> { ["title"] = text, ["draft"] = true });
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var map = (YamlMappingNode)stream.Documents[0].RootNode;
            Assert.Equal(text, ((YamlScalarNode)map.Children[new YamlScalarNode("title")]).Value);
            Assert.Equal("true", ((YamlScalarNode)map.Children[new YamlScalarNode("draft")]).Value);
        }
    }
}
