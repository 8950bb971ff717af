using System.Text;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Tests;

/// <summary>The anniversary page built from the synthetic corpus's truth (no extraction, so the test stays fast).</summary>
public sealed class AnniversaryPageTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Budget = 150 * 1024;

    private static readonly Lazy<SiteConfig> RealConfig = new(() => SiteConfigLoader.Load(RepositoryPaths.SiteConfig));

    /// <summary>Every page of the anniversary overview (page 1, then the year's list continued), by output path.</summary>
    private static List<(string Path, string Html)> Render(int seeds)
    {
        var corpus = CorpusGenerator.Generate(seeds, RealConfig.Value);
        var model = SiteModelBuilder.Build(corpus.BaseConfig, TruthArticles.From(corpus));
        var renderer = new PageRenderer(ScribanTemplates.Load(RepositoryPaths.Templates), model.Info);
        return PagePlanner.Plan(model).Where(j => j.Template == "anniversary.sbn-html").Select(j => (j.OutputPath, renderer.Render(j))).ToList();
    }

    [Fact]
    public void At_1000_synthetic_seeds_the_page_is_the_approved_one()
    {
        var pages = Render(1000);
        Assert.Equal(["anniversary/index.html"], pages.Select(p => p.Path));
        Snapshot.Verify(pages[0].Html, "html");
    }

    [Fact]
    public void At_10000_synthetic_seeds_every_page_stays_within_the_page_weight_budget()
    {
        var pages = Render(10_000);
        // About 190 articles fall in the anniversary year at 10,000 seeds: the year's list goes on over more pages.
        Assert.True(pages.Count > 1, "the year's list should be paginated at 10,000 seeds");
        foreach (var (path, html) in pages)
        {
            var size = Encoding.UTF8.GetByteCount(html);
            output.WriteLine($"{path}: {size / 1024.0:0.0} KB");
            Assert.True(size <= Budget, $"{path} is {size / 1024.0:0.0} KB at 10,000 seeds; the budget is {Budget / 1024} KB");
        }
    }
}
