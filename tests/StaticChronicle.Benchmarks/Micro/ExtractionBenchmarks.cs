using BenchmarkDotNet.Attributes;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Micro;

/// <summary>Seeds → articles: <see cref="SeedIngestion.Run(SiteConfig, IReadOnlyList{string})"/> over a synthetic corpus written to a temporary folder.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private DirectoryInfo _folder = null!;
    private SiteConfig _config = null!;
    private IReadOnlyList<string> _seeds = [];

    [Params(1000)]
    public int Seeds { get; set; }

    [GlobalSetup]
    public void WriteCorpus()
    {
        _folder = Directory.CreateTempSubdirectory("chronicle-micro-");
        var corpus = CorpusGenerator.Generate(Seeds, SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
        var target = Path.Combine(_folder.FullName, "corpus");
        CorpusWriter.Write(corpus, target, RepositoryPaths.Templates, Path.Combine(AppContext.BaseDirectory, "HugoSite"));
        _config = SiteConfigLoader.Load(Path.Combine(target, "site-config.yml"));
        _seeds = SeedFiles.Enumerate(_config.SeedsDirectory);
    }

    [GlobalCleanup]
    public void DeleteCorpus() => _folder.Delete(recursive: true);

    [Benchmark(Description = "SeedIngestion.Run over N seeds")]
    public int Ingest() => SeedIngestion.Run(_config, _seeds).Articles.Count;
}
