using System.Diagnostics;
using StaticChronicle.Caching;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Rendering;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>
/// A cached build after edits that changed nothing but articles' bodies (an editor's fix inside the text): only those
/// articles' pages can show anything new, so only they are planned, fingerprinted and rendered, and every other page,
/// data file and card stays as the last build published it.
/// </summary>
/// <remarks>
/// Why that is safe: a body reaches templates only through its own article page (<c>body_html</c>, <c>lede</c>) and
/// the anniversary overview, whose year's articles take the whole build. <see cref="ArticleEntry"/>, which every other
/// page and data file shows, keeps the article it was made from internal, so neither a template nor a fingerprint can
/// read a body through it; a test holds every page's fingerprint to that.
/// </remarks>
public static class BodyEditBuild
{
    /// <summary>
    /// True when the two articles differ in nothing but their bodies. Most that are not the same object are copies with
    /// a new warnings or people list (a slug made unique again, a person's name unified again), so fields compared as the
    /// record compares them, and those lists item by item, settle it; otherwise their fingerprints do.
    /// </summary>
    public static bool SameButBody(Article was, Article now, ModelFingerprint compare)
    {
        ArgumentNullException.ThrowIfNull(was);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(compare);
        return ((was with { Body = now.Body, Warnings = now.Warnings, People = now.People }).Equals(now)
                && was.Warnings.SequenceEqual(now.Warnings, StringComparer.Ordinal) && was.People.SequenceEqual(now.People))
            || compare.Of(was with { Body = "" }) == compare.Of(now with { Body = "" });
    }

    /// <summary>
    /// The published articles whose body alone changed since the build <paramref name="cache"/>'s record describes, or null
    /// when anything else did: the configuration, templates or options, the list of seeds, any other part of an outcome,
    /// an article of the anniversary year, or a published file (then the whole build decides and puts it back).
    /// </summary>
    public static IReadOnlyList<Article>? Find(SiteConfig config, BuildCache cache, IReadOnlyList<string> seedFiles, IngestionResult ingestion, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(seedFiles);
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(options);
        var hashes = cache.SeedHashes;
        if (options.Search || cache.Record is not { } record || record.ContextKey == default || record.ContextKey != cache.ContextKey
            || record.Seeds.Count != seedFiles.Count || hashes.Count != seedFiles.Count || ingestion.Seeds.Count != seedFiles.Count
            || !Directory.Exists(config.OutputDirectory) || cache.OutputScan is not { } onDisk || !record.Matches(onDisk))
        {
            return null;
        }

        var compare = new ModelFingerprint();
        var edited = new List<Article>();
        for (var i = 0; i < seedFiles.Count; i++)
        {
            var (was, now) = (record.Seeds[i], hashes[i]);
            if (was.Name != now.Name)
            {
                return null;
            }

            if (was.OutcomeHash == now.OutcomeHash)
            {
                continue;
            }

            // The outcome the record's build used is known only while the cache still holds it; the seed's slug flag
            // decides slugs, so it must not have changed either.
            if (!cache.Extraction.TryGetChange(seedFiles[i], out var before, out var after) || before.Hash != was.OutcomeHash
                || before.ExplicitSlug != after.ExplicitSlug || before.Outcome.Article is not { } old || after.Outcome.Article is not { } fresh
                || !SameButBody(old, fresh, compare))
            {
                return null;
            }

            // After slugs and people were assigned: what the model is built from.
            if (ingestion.Seeds[i].Article is not { } article || article.Date.Year == config.Anniversary.Year)
            {
                return null;
            }

            if (!article.Draft)
            {
                edited.Add(article);
            }
        }

        return edited;
    }

    /// <summary>
    /// Renders the pages of <paramref name="edited"/> that differ from what is published, publishes them and updates the
    /// record; null, before anything is written, when the record does not know such a page (then the whole build decides).
    /// </summary>
    public static BuildResult? Run(
        SiteConfig config, BuildCache cache, IReadOnlyList<Article> edited, IngestionResult ingestion, BuildOptions options,
        IReadOnlyList<Diagnostic> warnings, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var record = cache.Record!;
        var output = config.OutputDirectory;
        options.Progress?.Report(new BuildProgress(BuildStage.LoadTemplates, 0, 0));
        var templates = options.LoadTemplates(config.TemplatesDirectory);

        options.Progress?.Report(new BuildProgress(BuildStage.PlanPages, 0, 0));
        var model = SiteModelBuilder.Build(config, ingestion.Articles, options.BuiltAt);
        var slugs = edited.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var markdown = new ArticleMarkdown(model.Urls.BasePath);
        var planned = new List<PageJob>(slugs.Count);
        for (var i = 0; i < model.Articles.Count; i++)
        {
            if (slugs.Contains(model.Articles[i].Slug))
            {
                planned.Add(PagePlanner.ArticleJob(model, i, markdown));
            }
        }

        if (planned.Count != slugs.Count)
        {
            return null;
        }

        var jobs = PageCards.Attach(planned, model.Info, config.SocialCards);
        var stamps = TemplateStamps.ForPages(config.TemplatesDirectory, jobs.Select(j => j.Template));
        var fingerprints = PageFingerprints.Of(new ModelFingerprint(), jobs, model.Info, stamps);
        var outputs = new Dictionary<string, OutputEntry>(record.Outputs, StringComparer.Ordinal);
        var render = new List<PageJob>();
        for (var i = 0; i < jobs.Count; i++)
        {
            if (!outputs.TryGetValue(jobs[i].OutputPath, out var was))
            {
                return null;
            }

            if (was.Fingerprint != fingerprints[i])
            {
                render.Add(jobs[i]);
                outputs[jobs[i].OutputPath] = was with { Fingerprint = fingerprints[i] };
            }
        }

        var published = cache.OutputScan!;
        if (render.Count > 0)
        {
            var staging = OutputFolder.CreateStaging(output);
            try
            {
                SiteBuild.RenderPages(staging, new PageRenderer(templates, model.Info), render, options.Progress);
                options.Progress?.Report(new BuildProgress(BuildStage.Publish, 0, 0));
                OutputFolder.PublishChanges(staging, output, render.Select(j => j.OutputPath).ToList(), []);
            }
            finally
            {
                OutputFolder.Discard(staging);
            }

            published = new Dictionary<string, (long Length, long ModifiedTicks)>(published, StringComparer.Ordinal);
            foreach (var job in render)
            {
                var state = OutputTree.StateOf(OutputFolder.Resolve(output, job.OutputPath));
                published[job.OutputPath] = state;
                outputs[job.OutputPath] = outputs[job.OutputPath] with { Length = state.Length, ModifiedTicks = state.ModifiedTicks };
            }
        }

        var weight = PageWeight.Of(published.Select(p => new KeyValuePair<string, long>(p.Key, p.Value.Length)), record.PageTemplates,
            config.PageBudgetKb, DisplayPath.For(output));
        var updated = record with
        {
            InputsKey = cache.InputsKey,
            OutcomesKey = cache.OutcomesKey,
            Seeds = cache.SeedHashes,
            Warnings = [.. warnings, .. weight.Warnings],
            Outputs = outputs,
        };
        SiteBuild.Save(cache, c => c.SaveRecord(updated));

        return new BuildResult(model.Articles.Count, record.Pages, record.Files, weight.Warnings, clock.Elapsed, output)
        {
            PagesRendered = render.Count,
            OnlyBodiesChanged = true,
            Weight = weight,
        };
    }
}
