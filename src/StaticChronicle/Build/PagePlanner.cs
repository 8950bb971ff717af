using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Site.Pagination;

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

        var size = model.Config.PageSize;
        var filters = new Dictionary<string, object?>
        {
            ["all_years"] = model.Years,
            ["filter_people"] = model.People.Take(TimelinePeopleFilters).ToList(),
            ["filter_topics"] = model.Topics,
            ["filter_index_url"] = urls.Link(TimelineIndex.Path),
        };
        var timelineDescription = $"Every event of the chronicle in date order: {model.Articles.Count} articles and {model.Milestones.Count} milestones.";
        var yearPages = model.Years.ToDictionary(y => y.Year, y => TimelinePaginator.Split([y], size, SiteUrls.YearPath(y.Year), urls));
        if (model.TimelineSplit)
        {
            // A long chronicle opens on its table of contents: every year and month, linked to the page it starts on.
            var contents = model.Years.Where(y => y.Count > 0).Select(y =>
            {
                var starts = TimelinePaginator.MonthStarts(yearPages[y.Year]);
                var months = y.Months.Where(m => m.HasArticles)
                    .Select(m => new MonthStart(DateText.MonthName(m.Month), m.Items.Count(i => i.Article is not null), starts[(y.Year, m.Month)]))
                    .ToList();
                return new YearContents(y.Year, y.Count, y.Url, months);
            }).ToList();
            jobs.Add(Job("timeline/", "timeline/index.html", "timeline.sbn-html", "Timeline", timelineDescription, "timeline", urls,
                With(filters, new Dictionary<string, object?>
                {
                    ["years"] = Array.Empty<YearSummary>(),
                    ["year"] = null,
                    ["split"] = true,
                    ["contents"] = contents,
                    ["pager"] = null,
                }), newest));
        }
        else
        {
            foreach (var page in TimelinePaginator.Split(model.Years, size, "timeline/", urls))
            {
                jobs.Add(Paged(Job(page.Pager.Path, page.Pager.Path + "index.html", "timeline.sbn-html", PageTitle("Timeline", page.Pager),
                    timelineDescription, "timeline", urls,
                    With(filters, new Dictionary<string, object?>
                    {
                        ["years"] = page.Items,
                        ["year"] = null,
                        ["split"] = false,
                        ["contents"] = null,
                        ["pager"] = page.Pager,
                    }), Newest(page.Items.SelectMany(y => y.Articles))), page.Pager));
            }
        }

        foreach (var year in model.Years)
        {
            foreach (var page in yearPages[year.Year])
            {
                jobs.Add(Paged(Job(page.Pager.Path, page.Pager.Path + "index.html", "timeline.sbn-html", PageTitle($"Timeline: {year.Year}", page.Pager),
                    $"{year.Count} articles from {year.Year}.", "timeline", urls,
                    With(filters, new Dictionary<string, object?>
                    {
                        ["years"] = page.Items,
                        ["year"] = year.Year,
                        ["year_count"] = year.Count,
                        ["split"] = false,
                        ["contents"] = null,
                        ["pager"] = page.Pager,
                    }), Newest(page.Items.SelectMany(y => y.Articles))), page.Pager));
            }
        }

        var markdown = new ArticleMarkdown(urls.BasePath);
        var articleJobs = new PageJob[model.Articles.Count];
        Parallel.For(0, model.Articles.Count, i => articleJobs[i] = ArticleJob(model, i, markdown));
        jobs.AddRange(articleJobs);

        var peoplePages = PeoplePages(model, urls);
        foreach (var (page, countries, starts) in peoplePages)
        {
            jobs.Add(Paged(Job(page.Pager.Path, page.Pager.Path + "index.html", "people.sbn-html", PageTitle("People", page.Pager),
                $"The {model.People.Count} people who appear in the chronicle, by country.", "people", urls, new Dictionary<string, object?>
                {
                    ["countries"] = countries,
                    ["country_starts"] = starts,
                    ["people_count"] = model.People.Count,
                    ["pager"] = page.Pager,
                }, newest), page.Pager));
        }

        foreach (var person in model.People)
        {
            var path = SiteUrls.PersonPath(person.Id);
            var feed = FeedPath(path);
            var description = $"{person.Name} in the chronicle: {person.Count} appearance{(person.Count == 1 ? "" : "s")} from {person.First.DateText} to {person.Last.DateText}.";
            foreach (var page in Paginator.Split(person.Appearances, size, path, urls))
            {
                var pagePath = page.Pager.Path;
                jobs.Add(Paged(new PageJob(pagePath + "index.html", "person.sbn-html", new PageMeta
                {
                    Title = PageTitle(person.Name, page.Pager),
                    Description = description,
                    Path = pagePath,
                    Url = urls.Link(pagePath),
                    CanonicalUrl = urls.Absolute(pagePath),
                    OgType = "profile",
                    Section = "people",
                    JsonLd = page.Pager.IsFirst ? StructuredData.Person(info, person) : null,
                    LastModifiedIso = Newest(page.Items.Select(a => a.Article)),
                    FeedUrl = urls.Link(feed),
                    FeedTitle = $"{person.Name} · {info.Title}",
                }, new Dictionary<string, object?>
                {
                    ["person"] = person,
                    ["appearances"] = page.Items,
                    ["pager"] = page.Pager,
                    ["feed_url"] = urls.Link(feed),
                }), page.Pager));
            }
        }

        jobs.Add(Job("topics/", "topics/index.html", "topics.sbn-html", "Topics",
            "The subjects the chronicle's articles are about.", "topics", urls, new Dictionary<string, object?> { ["topics"] = model.Topics }, newest));
        foreach (var topic in model.Topics)
        {
            var path = SiteUrls.TopicPath(topic.Id);
            var feed = FeedPath(path);
            foreach (var page in Paginator.Split(topic.Articles, size, path, urls))
            {
                var job = Job(page.Pager.Path, page.Pager.Path + "index.html", "topic.sbn-html", PageTitle(topic.Name, page.Pager),
                    $"{topic.Count} article{(topic.Count == 1 ? "" : "s")} about {topic.Name}, in date order.", "topics", urls,
                    new Dictionary<string, object?>
                    {
                        ["topic"] = topic,
                        ["articles"] = page.Items,
                        ["pager"] = page.Pager,
                        ["feed_url"] = urls.Link(feed),
                    }, Newest(page.Items));
                jobs.Add(Paged(job with { Page = job.Page with { FeedUrl = urls.Link(feed), FeedTitle = $"{topic.Name} · {info.Title}" } }, page.Pager));
            }
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

    /// <summary>
    /// An article page's <paramref name="model"/> (holding its <c>article</c>) with what comes from the body: <c>body_html</c>
    /// and the <c>lede</c> shown above it, which depends on how the body begins.
    /// </summary>
    /// <summary>
    /// The page of <paramref name="model"/>'s article at <paramref name="index"/>, as <see cref="Plan"/> gives it: a build
    /// that knows only that article's body changed plans this one page and no other.
    /// </summary>
    public static PageJob ArticleJob(SiteModel model, int index, ArticleMarkdown markdown)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(markdown);
        var info = model.Info;
        var article = model.Articles[index];
        var path = SiteUrls.ArticlePath(article.Slug);
        return new PageJob(path + "index.html", "article.sbn-html", new PageMeta
        {
            Title = article.Title,
            Description = article.Summary,
            Path = path,
            Url = article.Url,
            CanonicalUrl = article.AbsoluteUrl,
            OgType = "article",
            Section = "timeline",
            JsonLd = StructuredData.NewsArticle(info, article, PageCards.ArticleCardUrl(model.Config.SocialCards, info, article.AbsoluteUrl)),
            PublishedIso = article.DateIso,
            LastModifiedIso = article.DateIso,
        }, WithBody(new Dictionary<string, object?>(5)
        {
            ["article"] = article,
            ["previous"] = index > 0 ? model.Articles[index - 1] : null,
            ["next"] = index + 1 < model.Articles.Count ? model.Articles[index + 1] : null,
        }, markdown, model.Urls.BasePath, article.Source.Body));
    }

    internal static Dictionary<string, object?> WithBody(Dictionary<string, object?> model, ArticleMarkdown markdown, string basePath, string body)
    {
        var article = (ArticleEntry)model["article"]!;

        // Converted when the page is rendered: an incremental build that skips the page never converts it.
        model["body_html"] = new LazyModelValue(new[] { "markdown", basePath, body }, () => markdown.ToHtml(body));
        // Also when the page is rendered: deciding reads the body's first paragraph, which a build that renders one
        // page of 10,000 would otherwise do for all of them.
        model["lede"] = new LazyModelValue(new object[] { "lede", article.Summary, article.TitleGenerated, body }, () => ArticleLede.For(article.Summary, article.TitleGenerated, body));
        return model;
    }

    /// <summary>Site-relative path of the Atom feed of the person or topic at <paramref name="path"/>.</summary>
    public static string FeedPath(string path) => path + "feed.xml";

    /// <summary>Page 1 keeps the list's title; later pages say which page they are, so no two pages share a title.</summary>
    private static string PageTitle(string title, Pager pager) =>
        pager.IsFirst ? title : $"{title} (page {pager.Number} of {pager.Total})";

    private static PageJob Paged(PageJob job, Pager pager) =>
        job with { Page = job.Page with { PrevUrl = pager.PrevUrl, NextUrl = pager.NextUrl } };

    /// <summary>
    /// The people index in pages: everyone in country order, each page regrouped by country (a country that spans
    /// pages is headed on each, with its whole count), and where each country's list starts.
    /// </summary>
    private static List<(ListPage<PersonProfile> Page, List<CountryGroup> Countries, List<CountryStart> Starts)> PeoplePages(SiteModel model, SiteUrls urls)
    {
        var everyone = model.PeopleByCountry.SelectMany(g => g.People).ToList();
        var groupOf = new Dictionary<PersonProfile, CountryGroup>(ReferenceEqualityComparer.Instance);
        foreach (var group in model.PeopleByCountry)
        {
            foreach (var person in group.People)
            {
                groupOf[person] = group;
            }
        }

        var pages = Paginator.Split(everyone, model.Config.PeoplePageSize, "people/", urls);
        var starts = new List<CountryStart>();
        var result = new List<(ListPage<PersonProfile>, List<CountryGroup>, List<CountryStart>)>(pages.Count);
        var perPage = new List<List<CountryGroup>>(pages.Count);
        foreach (var page in pages)
        {
            var countries = new List<CountryGroup>();
            foreach (var run in page.Items.GroupBy(p => groupOf[p]))
            {
                var people = run.ToList();
                countries.Add(people.Count == run.Key.People.Count ? run.Key : run.Key with { People = people });
                if (!starts.Exists(s => s.Country == run.Key.Country))
                {
                    starts.Add(new CountryStart(run.Key.Country, run.Key.Count, $"{page.Pager.Url}#{run.Key.Anchor}"));
                }
            }

            perPage.Add(countries);
        }

        for (var i = 0; i < pages.Count; i++)
        {
            result.Add((pages[i], perPage[i], starts));
        }

        return result;
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
