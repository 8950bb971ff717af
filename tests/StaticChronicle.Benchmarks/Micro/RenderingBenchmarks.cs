using System.Text;
using BenchmarkDotNet.Attributes;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Micro;

/// <summary>
/// The repository's <c>article.sbn-html</c> (inside <c>layout.sbn-html</c>) rendered for 10,000 article
/// models, on one thread: the template engine's cost per page, apart from extraction and file writes.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private PageRenderer _renderer = null!;
    private IReadOnlyList<PageJob> _jobs = [];
    private readonly StringBuilder _page = new(64 * 1024);

    [Params(10_000)]
    public int Models { get; set; }

    [Params("article.sbn-html")]
    public string Template { get; set; } = "article.sbn-html";

    [GlobalSetup]
    public void PlanPages()
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);
        var corpus = CorpusGenerator.Generate(Models, config);
        var model = SiteModelBuilder.Build(config, TruthArticles.From(corpus));
        _jobs = PagePlanner.Plan(model).Where(j => j.Template == Template).ToList();
        _renderer = new PageRenderer(ScribanTemplates.Load(RepositoryPaths.Templates), model.Info);
    }

    [Benchmark(Description = "render N pages")]
    public long RenderAll()
    {
        // Into one reused buffer, as the build renders (PageRenderer.Write keeps one per thread).
        long characters = 0;
        foreach (var job in _jobs)
        {
            _page.Clear();
            _renderer.Render(job, _page);
            characters += _page.Length;
        }

        return characters;
    }
}
