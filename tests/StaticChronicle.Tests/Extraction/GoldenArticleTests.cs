using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;
using Xunit.Sdk;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// Articles in layouts the repository's seeds do not show, each beside the front-matter page it must
/// become (<c>Seeds/name.txt</c> → <c>Seeds/name.expected.md</c>, written by hand from the article).
/// Adding a case is adding two files. A mismatch writes <c>name.received.md</c> beside them.
/// </summary>
public class GoldenArticleTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(SiteConfigLoader.Load(RepositoryPaths.SiteConfig)));

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.Tests", "Extraction", "Seeds");

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(SeedFiles.IsSeed).Where(f => !f.EndsWith(".expected.md", StringComparison.Ordinal) && !f.EndsWith(".received.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_are_golden_articles_in_several_layouts() => Assert.True(Articles().Count >= 10);

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_article_becomes_its_expected_page(string name)
    {
        var path = Path.Combine(Folder, name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var expectedPath = Path.Combine(Folder, stem + ".expected.md");
        var receivedPath = Path.Combine(Folder, stem + ".received.md");
        var read = SeedReader.Parse(File.ReadAllBytes(path), "seeds/" + name, name);
        Assert.True(read.Seed is not null, string.Join("\n", read.Diagnostics));
        var outcome = Extractor.Value.Extract(read.Seed);
        Assert.True(outcome.Article is not null, string.Join("\n", outcome.Diagnostics));

        var actual = FrontMatterPage.Write(outcome.Article);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (actual == expected)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException($"{name} does not give {Path.GetFileName(expectedPath)} (received in {Path.GetFileName(receivedPath)}):\n{LineDiff.Render(expected, actual)}");
    }
}
