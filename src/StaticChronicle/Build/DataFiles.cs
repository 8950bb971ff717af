using StaticChronicle.Rendering;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>The files every build writes besides the pages, in one list so that a full and an incremental build write the same ones.</summary>
public static class DataFiles
{
    public static IReadOnlyList<DataFile> Of(SiteModel model, IReadOnlyList<PageJob> jobs, IReadOnlyList<(string Path, string Html)> redirects)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(redirects);
        return
        [
            new("feed.xml", model, () => AtomFeed.Write(model)),
            new("sitemap.xml", null, () => Sitemap.Write(jobs.Where(j => !j.Page.NoIndex).Select(j => (j.Page.CanonicalUrl, j.Page.LastModifiedIso)))),
            new("robots.txt", null, () => $"User-agent: *\nAllow: /\n\nSitemap: {model.Urls.Absolute("sitemap.xml")}\n"),
            new(".nojekyll", null, () => ""),
            new("timeline.json", model, () => TimelineJson.Write(model)),
            new("data/articles.json", model, () => DataJson.Articles(model)),
            new("data/people.json", model, () => DataJson.People(model)),
            new(TimelineIndex.Path, model, () => TimelineIndex.Write(model)),
            .. TermFeeds(model),
            .. redirects.Select(r => new DataFile(r.Path, null, () => r.Html)),
        ];
    }

    /// <summary>One Atom feed per topic and per person, beside its page (<c>topics/oda/feed.xml</c>), as Hugo gives every term one.</summary>
    private static IEnumerable<DataFile> TermFeeds(SiteModel model)
    {
        var info = model.Info;
        var urls = model.Urls;
        foreach (var topic in model.Topics)
        {
            var feed = PagePlanner.FeedPath(SiteUrls.TopicPath(topic.Id));
            yield return new(feed, new object[] { info, topic }, () => AtomFeed.Write(info, $"{topic.Name} · {info.Title}", $"The newest articles about {topic.Name}.",
                urls.Absolute(feed), topic.AbsoluteUrl, topic.Articles));
        }

        foreach (var person in model.People)
        {
            var feed = PagePlanner.FeedPath(SiteUrls.PersonPath(person.Id));
            yield return new(feed, new object[] { info, person }, () => AtomFeed.Write(info, $"{person.Name} · {info.Title}", $"The newest articles in which {person.Name} appears.",
                urls.Absolute(feed), person.AbsoluteUrl, person.Appearances.Select(a => a.Article).ToList()));
        }
    }
}
