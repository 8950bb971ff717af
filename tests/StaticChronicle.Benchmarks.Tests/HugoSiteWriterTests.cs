using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Config;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Tests;

public sealed class HugoSiteWriterTests
{
    [Fact]
    public void The_corpus_folder_holds_the_seeds_their_configuration_and_one_hugo_page_per_article()
    {
        var root = Directory.CreateTempSubdirectory("corpus-");
        try
        {
            var corpus = CorpusGenerator.Generate(60, SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
            var layouts = Path.Combine(AppContext.BaseDirectory, "HugoSite");
            var target = Path.Combine(root.FullName, "corpus");

            CorpusWriter.Write(corpus, target, RepositoryPaths.Templates, layouts);

            Assert.Equal(corpus.Articles.Select(a => a.FileName).Order(StringComparer.Ordinal),
                Directory.GetFiles(Path.Combine(target, "seeds")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var first = corpus.Articles[0];
            Assert.Equal(first.RawText, File.ReadAllText(Path.Combine(target, "seeds", first.FileName)));
            var page = File.ReadAllText(Path.Combine(target, "hugo", "content", "articles", first.Slug + ".md"));
            Assert.StartsWith("---\ntitle: ", page, StringComparison.Ordinal);
            Assert.Contains($"date: {first.Date:yyyy-MM-dd}\n", page, StringComparison.Ordinal);
            Assert.Contains($"timeline: [\"{first.Date.Year}\"]\n", page, StringComparison.Ordinal);
            Assert.Contains(first.Paragraphs[^1], page, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(target, "hugo", "layouts", "_default", "baseof.html")));
            Assert.True(File.Exists(Path.Combine(target, "hugo", "content", "people", first.People[0].Id, "_index.md")));
            Assert.NotNull(SiteConfigLoader.Load(Path.Combine(target, "site-config.yml")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_the_generator_did_not_write_is_never_replaced()
    {
        var root = Directory.CreateTempSubdirectory("corpus-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "keep.txt"), "mine");
            var corpus = CorpusGenerator.Generate(20, SiteConfigLoader.Load(RepositoryPaths.SiteConfig));

            Assert.Throws<IOException>(() => CorpusWriter.Write(corpus, root.FullName, "templates", AppContext.BaseDirectory));
            Assert.Equal("mine", File.ReadAllText(Path.Combine(root.FullName, "keep.txt")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
