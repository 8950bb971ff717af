using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Slugs;
using StaticChronicle.Seeds;

namespace StaticChronicle.Extraction;

/// <summary>Seeds → articles: reads every seed file and extracts its article, collecting all problems.</summary>
public static class SeedIngestion
{
    /// <summary>Ingests <paramref name="seedFiles"/> in parallel; results keep the order given. One bad seed never stops the others.</summary>
    public static IngestionResult Run(SiteConfig config, IReadOnlyList<string> seedFiles) => Run(config, seedFiles, store: null);

    /// <summary>
    /// As <see cref="Run(SiteConfig, IReadOnlyList{string})"/>, taking each unchanged seed's outcome from <paramref name="store"/>
    /// and giving it every fresh one. The cross-seed steps (people, slugs) always run on the whole set.
    /// </summary>
    public static IngestionResult Run(SiteConfig config, IReadOnlyList<string> seedFiles, ISeedOutcomeStore? store) =>
        Run(config, seedFiles, store, new Lazy<ArticleExtractor>(() => new ArticleExtractor(config), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>
    /// As <see cref="Run(SiteConfig, IReadOnlyList{string}, ISeedOutcomeStore?)"/> with an extractor made for
    /// <paramref name="config"/> that the caller keeps (a session rebuilding after each edit makes it once, not per edit).
    /// </summary>
    public static IngestionResult Run(SiteConfig config, IReadOnlyList<string> seedFiles, ISeedOutcomeStore? store, Lazy<ArticleExtractor> extractor)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(seedFiles);
        ArgumentNullException.ThrowIfNull(extractor);
        var outcomes = new SeedOutcome[seedFiles.Count];
        var explicitSlugs = new bool[seedFiles.Count];
        Parallel.For(0, seedFiles.Count, i =>
        {
            var file = seedFiles[i];
            if (store is not null && store.TryGetUnread(file, out var known, out var knownSlug))
            {
                outcomes[i] = known;
                explicitSlugs[i] = knownSlug;
                return;
            }

            if (SeedReader.HoldsNoBytes(file) is { } empty)
            {
                // Never opened: a pipe or device holds no bytes either, and opening or hashing one would wait forever.
                outcomes[i] = new SeedOutcome(SeedReader.SourcePathFor(file, config.RootDirectory), DisplayPath.For(file), null, empty.Diagnostics);
                return;
            }

            if (store is not null && store.TryGet(file, out var remembered, out var rememberedSlug))
            {
                outcomes[i] = remembered;
                explicitSlugs[i] = rememberedSlug;
                return;
            }

            try
            {
                var read = SeedReader.Read(file, config.RootDirectory);
                if (read.Seed is null)
                {
                    outcomes[i] = new SeedOutcome(SeedReader.SourcePathFor(file, config.RootDirectory), DisplayPath.For(file), null, read.Diagnostics);
                }
                else
                {
                    explicitSlugs[i] = read.Seed.FrontMatter.Slug is not null;
                    var extracted = extractor.Value.Extract(read.Seed);
                    outcomes[i] = extracted with { Diagnostics = [.. read.Diagnostics, .. extracted.Diagnostics] };
                }

                // Not in the catch below: an unexpected failure may be the machine's, not the seed's, so it is never remembered.
                store?.Add(file, outcomes[i], explicitSlugs[i]);
            }
#pragma warning disable CA1031 // A bug in extraction must not hide the other seeds' results; it is reported as this seed's error.
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcomes[i] = new SeedOutcome(SeedReader.SourcePathFor(file, config.RootDirectory), DisplayPath.For(file), null,
                    [Diagnostic.Error(DisplayPath.For(file), 0, 0, $"extraction failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report this with the seed attached.")]);
            }
        });

        var assigned = SlugAssigner.Assign(UnifyPeople(outcomes), explicitSlugs);
        return new IngestionResult(
            assigned.Where(o => o.Article is not null && !o.HasErrors).Select(o => o.Article!).ToList(),
            assigned.SelectMany(o => o.Diagnostics).ToList())
        {
            Seeds = assigned,
        };
    }

    /// <summary>
    /// One unregistered person is one identity across articles, however each article orders or accents the
    /// name: the first article (in seed order) to name them fixes the id and spelling.
    /// </summary>
    private static List<SeedOutcome> UnifyPeople(SeedOutcome[] outcomes)
    {
        var first = new Dictionary<string, PersonMention>(StringComparer.Ordinal);

        // A site names the same people in article after article: each spelling's key is worked out once per run.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<SeedOutcome>(outcomes.Length);
        foreach (var outcome in outcomes)
        {
            if (outcome.Article is not { } article || article.People.All(p => p.Registered))
            {
                result.Add(outcome);
                continue;
            }

            var renamed = false;
            var people = article.People.Select(p =>
            {
                if (p.Registered)
                {
                    return p;
                }

                if (!keys.TryGetValue(p.Name, out var key))
                {
                    key = PersonNameKey.For(p.Name);
                    keys[p.Name] = key;
                }

                if (first.TryGetValue(key, out var known))
                {
                    if (known.Id == p.Id && known.Name == p.Name)
                    {
                        return p;
                    }

                    renamed = true;
                    return p with { Id = known.Id, Name = known.Name };
                }

                first[key] = p;
                return p;
            }).ToList();

            // Unchanged outcomes stay the same objects, so a long-running build can tell an unchanged article by reference.
            result.Add(renamed ? outcome with { Article = article with { People = people } } : outcome);
        }

        return result;
    }
}
