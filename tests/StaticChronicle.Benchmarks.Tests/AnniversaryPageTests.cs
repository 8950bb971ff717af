using System.Text;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Tests;

/// <summary>The anniversary page built from the synthetic corpus's truth (no extraction, so the test stays fast).</summary>
public sealed class AnniversaryPageTests
{
    private const int Budget = 150 * 1024;

    private static readonly Lazy<SiteConfig> RealConfig = new(() => SiteConfigLoader.Load(RepositoryPaths.SiteConfig));

    private static string Render(int seeds)
    {
        var corpus = CorpusGenerator.Generate(seeds, RealConfig.Value);
        var model = SiteModelBuilder.Build(corpus.BaseConfig, TruthArticles.From(corpus));
        var job = PagePlanner.Plan(model).Single(j => j.Template == "anniversary.sbn-html");
        return new PageRenderer(ScribanTemplates.Load(RepositoryPaths.Templates), model.Info).Render(job);
    }

    [Fact]
    public void At_1000_synthetic_seeds_the_page_is_the_approved_one() => Snapshot.Verify(Render(1000), "html");

    [Fact]
    public void At_10000_synthetic_seeds_the_page_stays_within_the_page_weight_budget()
    {
        var html = Render(10_000);
        var size = Encoding.UTF8.GetByteCount(html);
        Assert.True(size <= Budget, $"the anniversary page is {size / 1024.0:0.0} KB at 10,000 seeds; the budget is {Budget / 1024} KB");
    }
}
