using StaticChronicle.Config;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>A generated corpus: the articles in file-name order, the people they name, and the site facts they were made from.</summary>
internal sealed record SyntheticCorpus(SiteConfig BaseConfig, IReadOnlyList<PoolPerson> People, IReadOnlyList<SyntheticArticle> Articles);
