using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Site;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Tests;

public sealed class TruthArticlesTests
{
    [Fact]
    public void The_truth_of_a_corpus_plans_one_article_page_per_seed_and_a_page_per_person_named()
    {
        var corpus = CorpusGenerator.Generate(300, SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
        var articles = TruthArticles.From(corpus);

        var model = SiteModelBuilder.Build(corpus.BaseConfig, articles);
        var jobs = PagePlanner.Plan(model);

        Assert.Equal(300, jobs.Count(j => j.Template == "article.sbn-html"));
        var named = corpus.Articles.SelectMany(a => a.People).Select(p => p.Id).Distinct().Count();
        Assert.Equal(named, model.People.Count);
        Assert.Contains(articles, a => a.DateKind == DateKind.Inferred);
        Assert.Equal(corpus.Articles[0].Paragraphs[0], articles[0].Body.Split("\n\n")[0]);
    }
}
