using StaticChronicle.Rendering;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>Turns the site model into the list of pages to render; pure, so it can be tested and diffed.</summary>
public static class PagePlanner
{
    /// <summary>How many people the timeline offers as filter links (the people index lists everyone).</summary>
    public const int TimelinePeopleFilters = 30;

    public static IReadOnlyList<PageJob> Plan(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var urls = model.Urls;
        var info = model.Info;
        var jobs = new List<PageJob>(model.Articles.Count + model.People.Count + model.Topics.Count + model.Years.Count + 8);
        var newest = Newest(model.Articles);

        jobs.Add(Job("", "index.html", "home.sbn-html", info.Title, info.Description, "home", urls, new Dictionary<string, object?>
        {
            ["eras"] = model.Eras,
            ["milestones"] = model.Milestones,
            ["latest"] = model.Articles.Reverse().Take(6).ToList(),
            ["years"] = model.Years.Where(y => y.Count > 0).Reverse().ToList(),
            ["top_people"] = model.People.Where(p => p.TookPartCount > 0).Take(8).ToList(),
            ["anniversary"] = model.Anniversary,
            ["article_count"] = model.Articles.Count,
            ["people_count"] = model.People.Count,
            ["topic_count"] = model.Topics.Count,
        }, newest));

        var filters = new Dictionary<string, object?>
        {
            ["all_years"] = model.Years,
            ["filter_people"] = model.People.Take(TimelinePeopleFilters).ToList(),
            ["filter_topics"] = model.Topics,
        };
        jobs.Add(Job("timeline/", "timeline/index.html", "timeline.sbn-html", "Timeline",
            $"Every event of the chronicle in date order: {model.Articles.Count} articles and {model.Milestones.Count} milestones.", "timeline", urls,
            With(filters, new Dictionary<string, object?>
            {
                ["years"] = model.TimelineSplit ? Array.Empty<YearSummary>() : model.Years,
                ["year"] = null,
                ["split"] = model.TimelineSplit,
            }), newest));
        foreach (var year in model.Years)
        {
            var path = SiteUrls.YearPath(year.Year);
            jobs.Add(Job(path, path + "index.html", "timeline.sbn-html", $"Timeline: {year.Year}",
                $"{year.Count} articles from {year.Year}.", "timeline", urls,
                With(filters, new Dictionary<string, object?>
                {
                    ["years"] = new[] { year },
                    ["year"] = year.Year,
                    ["split"] = false,
                }), Newest(year.Articles)));
        }

        var markdown = new ArticleMarkdown(urls.BasePath);
        var articleJobs = new PageJob[model.Articles.Count];
        Parallel.For(0, model.Articles.Count, i =>
        {
            var article = model.Articles[i];
            var path = SiteUrls.ArticlePath(article.Slug);
            articleJobs[i] = new PageJob(path + "index.html", "article.sbn-html", new PageMeta
            {
                Title = article.Title,
                Description = article.Summary,
                Path = path,
                Url = article.Url,
                CanonicalUrl = article.AbsoluteUrl,
                OgType = "article",
                Section = "timeline",
                JsonLd = StructuredData.NewsArticle(info, article),
                PublishedIso = article.DateIso,
                LastModifiedIso = article.DateIso,
            }, new Dictionary<string, object?>
            {
                ["article"] = article,
                // Converted when the page is rendered: an incremental build that skips the page never converts it.
                ["body_html"] = new LazyModelValue(new[] { "markdown", urls.BasePath, article.Source.Body }, () => markdown.ToHtml(article.Source.Body)),
                ["previous"] = i > 0 ? model.Articles[i - 1] : null,
                ["next"] = i + 1 < model.Articles.Count ? model.Articles[i + 1] : null,
            });
        });
        jobs.AddRange(articleJobs);

        jobs.Add(Job("people/", "people/index.html", "people.sbn-html", "People",
            $"The {model.People.Count} people who appear in the chronicle, by country.", "people", urls, new Dictionary<string, object?>
            {
                ["countries"] = model.PeopleByCountry,
                ["people_count"] = model.People.Count,
            }, newest));
        foreach (var person in model.People)
        {
            var path = SiteUrls.PersonPath(person.Id);
            jobs.Add(new PageJob(path + "index.html", "person.sbn-html", new PageMeta
            {
                Title = person.Name,
                Description = $"{person.Name} in the chronicle: {person.Count} appearance{(person.Count == 1 ? "" : "s")} from {person.First.DateText} to {person.Last.DateText}.",
                Path = path,
                Url = person.Url,
                CanonicalUrl = person.AbsoluteUrl,
                OgType = "profile",
                Section = "people",
                JsonLd = StructuredData.Person(info, person),
                LastModifiedIso = Newest(person.Appearances.Select(a => a.Article)),
            }, new Dictionary<string, object?> { ["person"] = person }));
        }

        jobs.Add(Job("topics/", "topics/index.html", "topics.sbn-html", "Topics",
            "The subjects the chronicle's articles are about.", "topics", urls, new Dictionary<string, object?> { ["topics"] = model.Topics }, newest));
        foreach (var topic in model.Topics)
        {
            var path = SiteUrls.TopicPath(topic.Id);
            jobs.Add(Job(path, path + "index.html", "topic.sbn-html", topic.Name,
                $"{topic.Count} article{(topic.Count == 1 ? "" : "s")} about {topic.Name}, in date order.", "topics", urls,
                new Dictionary<string, object?> { ["topic"] = topic }, Newest(topic.Articles)));
        }

        // The anniversary overview is page 1 of its year's list; later pages continue the list alone.
        foreach (var yearPage in model.Anniversary.YearPages)
        {
            var pager = yearPage.Pager;
            var job = Job(pager.Path, pager.Path + "index.html", "anniversary.sbn-html",
                pager.IsFirst ? model.Anniversary.Title : $"{model.Anniversary.Title}: {model.Anniversary.Year}, page {pager.Number}",
                model.Anniversary.Description, "anniversary", urls,
                new Dictionary<string, object?> { ["anniversary"] = model.Anniversary, ["year_page"] = yearPage }, newest);
            jobs.Add(job with { Page = job.Page with { PrevUrl = pager.PrevUrl, NextUrl = pager.NextUrl } });
        }

        if (info.SearchUrl is not null)
        {
            var search = Job("search/", "search/index.html", "search.sbn-html", "Search",
                $"Search the {model.Articles.Count} articles of the chronicle.", "search", urls, []);
            jobs.Add(search with { Page = search.Page with { NoIndex = true } });
        }

        jobs.Add(new PageJob("404.html", "404.sbn-html", new PageMeta
        {
            Title = "Page not found",
            Description = $"This address is not part of {info.Title}; the timeline lists every event.",
            Path = "404.html",
            Url = urls.Link("404.html"),
            CanonicalUrl = urls.Absolute("404.html"),
            NoIndex = true,
        }, new Dictionary<string, object?> { ["latest"] = model.Articles.Reverse().Take(3).ToList() }));
        return jobs;
    }

    private static PageJob Job(
        string path, string outputPath, string template, string title, string description, string section, SiteUrls urls, Dictionary<string, object?> model,
        string? lastModified = null) =>
        new(outputPath, template, new PageMeta
        {
            Title = title,
            Description = description,
            Path = path,
            Url = urls.Link(path),
            CanonicalUrl = urls.Absolute(path),
            Section = section,
            LastModifiedIso = lastModified,
        }, model);

    /// <summary>The latest date among <paramref name="articles"/> (ISO dates compare as text), or null for none.</summary>
    private static string? Newest(IEnumerable<ArticleEntry> articles) =>
        articles.Select(a => a.DateIso).Max(StringComparer.Ordinal);

    private static Dictionary<string, object?> With(Dictionary<string, object?> shared, Dictionary<string, object?> own)
    {
        foreach (var (key, value) in shared)
        {
            own[key] = value;
        }

        return own;
    }
}
