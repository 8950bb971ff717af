using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Site.Anniversary;
using StaticChronicle.Text;

namespace StaticChronicle.Site;

/// <summary>
/// Articles + configuration → <see cref="SiteModel"/>. Every aggregate (people, co-appearances,
/// topics, years) is filled in one pass over the articles with dictionaries, so the cost grows
/// with the number of articles, not its square.
/// </summary>
public static class SiteModelBuilder
{
    private const string OtherCountry = "Other";

    /// <summary>Builds the model; throws <see cref="DiagnosticException"/> when a slug or id could not be a safe URL.</summary>
    /// <param name="builtAt">Text for "built at", only when the build was asked to carry a time (SOURCE_DATE_EPOCH).</param>
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Article> articles, string? builtAt = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        var urls = new SiteUrls(config.BaseUrl);
        var published = articles.Where(a => !a.Draft)
            .OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        CheckPaths(config, published);

        var registry = config.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var topicNames = config.Topics.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        var personLinks = new Dictionary<string, PersonLink>(StringComparer.Ordinal);
        var topicLinks = new Dictionary<string, TopicLink>(StringComparer.Ordinal);

        // Links first, in article order (a person's link keeps the name of their first article), then the
        // entries, which only read the links, on all cores.
        foreach (var article in published)
        {
            AddLinks(urls, article, registry, topicNames, personLinks, topicLinks);
        }

        var built = new ArticleEntry[published.Count];
        var sourceUrlStart = SourceUrlStart(config);
        Parallel.For(0, published.Count, i => built[i] = Entry(config, urls, published[i], topicNames, personLinks, topicLinks, sourceUrlStart));
        var entries = new List<ArticleEntry>(built);

        var milestones = config.Milestones.Select(Milestone).ToList();

        // The people, the costliest aggregate, only read the entries and links: built on another core beside the rest.
        var building = Task.Run(() => BuildPeople(urls, entries, registry, personLinks));
        var topicsByArticles = BuildTopics(urls, config, entries);
        var years = BuildYears(urls, entries, milestones);
        var info = Info(config, urls, builtAt, entries.Count);
        var eras = BuildEras(milestones, entries);
        var anniversary = AnniversaryOverviewBuilder.Build(config, urls, entries, milestones, eras, years, topicLinks);
        var people = building.GetAwaiter().GetResult();

        return new SiteModel
        {
            Config = config,
            Urls = urls,
            Info = info,
            Articles = entries,
            Milestones = milestones,
            Eras = eras,
            Years = years,
            People = people,
            PeopleByCountry = GroupByCountry(people),
            Topics = topicsByArticles,
            Anniversary = anniversary,
            TimelineSplit = entries.Count > config.TimelineSplitThreshold,
        };
    }

    private static void CheckPaths(SiteConfig config, List<Article> articles)
    {
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!Slug.IsSafe(article.Slug))
            {
                problems.Add(Diagnostic.Error(article.SourcePath, 0, 0,
                    $"slug '{article.Slug}' is not a safe URL segment. Use lowercase letters, digits and '-' only (set `slug:` in the front matter)."));
            }
            else if (!seen.TryAdd(article.Slug, article.SourcePath))
            {
                problems.Add(Diagnostic.Error(article.SourcePath, 0, 0,
                    $"slug '{article.Slug}' is already used by {seen[article.Slug]}. Give one of them another `slug:` in its front matter."));
            }

            foreach (var person in article.People.Where(p => !Slug.IsSafe(p.Id)))
            {
                problems.Add(Diagnostic.Error(article.SourcePath, 0, 0,
                    $"person id '{person.Id}' ({person.Name}) is not a safe URL segment. Use lowercase letters, digits and '-' only."));
            }
        }

        foreach (var topic in config.Topics.Where(t => !Slug.IsSafe(t.Id)))
        {
            problems.Add(Diagnostic.Error("site-config.yml", 0, 0,
                $"topic id '{topic.Id}' is not a safe URL segment. Use lowercase letters, digits and '-' only."));
        }

        if (problems.Count > 0)
        {
            throw new DiagnosticException(problems);
        }
    }

    private static void AddLinks(
        SiteUrls urls,
        Article article,
        Dictionary<string, PersonEntry> registry,
        Dictionary<string, string> topicNames,
        Dictionary<string, PersonLink> personLinks,
        Dictionary<string, TopicLink> topicLinks)
    {
        foreach (var mention in article.People)
        {
            if (!personLinks.ContainsKey(mention.Id))
            {
                var name = registry.TryGetValue(mention.Id, out var entry) ? entry.Name : mention.Name;
                personLinks.Add(mention.Id, new PersonLink(mention.Id, name, urls.Link(SiteUrls.PersonPath(mention.Id))));
            }
        }

        foreach (var id in article.Topics)
        {
            // A topic the configuration does not list has no page to link to.
            if (topicNames.TryGetValue(id, out var name) && !topicLinks.ContainsKey(id))
            {
                topicLinks.Add(id, new TopicLink(id, name, urls.Link(SiteUrls.TopicPath(id))));
            }
        }
    }

    private static ArticleEntry Entry(
        SiteConfig config,
        SiteUrls urls,
        Article article,
        Dictionary<string, string> topicNames,
        Dictionary<string, PersonLink> personLinks,
        Dictionary<string, TopicLink> topicLinks,
        string? sourceUrlStart)
    {
        var mentions = DistinctPeople(article.People);
        var people = new List<PersonLink>(mentions.Count);
        foreach (var mention in mentions)
        {
            people.Add(personLinks[mention.Id]);
        }

        var topics = new List<TopicLink>(article.Topics.Count);
        foreach (var id in article.Topics)
        {
            if (topicNames.ContainsKey(id) && topicLinks[id] is var link && !topics.Contains(link))
            {
                topics.Add(link);
            }
        }

        var path = SiteUrls.ArticlePath(article.Slug);
        return new ArticleEntry
        {
            Slug = article.Slug,
            Url = urls.Link(path),
            AbsoluteUrl = urls.Absolute(path),
            Title = article.Title,
            TitleGenerated = article.TitleGenerated,
            DateIso = DateText.Iso(article.Date),
            DateText = DateText.Full(article.Date),
            Year = article.Date.Year,
            Month = article.Date.Month,
            DateKind = article.DateKind switch
            {
                Content.DateKind.Inferred => "inferred",
                Content.DateKind.FrontMatter => "front-matter",
                _ => "stated",
            },
            DateInferred = article.DateKind == Content.DateKind.Inferred,
            DateEvidence = article.DateEvidence,
            Summary = article.Summary,
            People = people,
            Places = article.Places,
            EventPlace = article.EventPlace,
            Participants = mentions.Where(m => m.Participant).Select(m => personLinks[m.Id]).ToList(),
            Mentioned = mentions.Where(m => !m.Participant).Select(m => personLinks[m.Id]).ToList(),
            Publisher = article.Source.Publisher,
            OriginalUrl = article.Source.Url,
            PublishedIso = article.Source.Published is { } published ? DateText.Iso(published) : null,
            PublishedText = article.Source.Published is { } day ? DateText.Full(day) : null,
            Topics = topics,
            MentionsAnniversary = article.MentionsFiftiethAnniversary,
            SourcePath = article.SourcePath,
            SourceUrl = SourceUrl(sourceUrlStart, article.SourcePath),
            DataPeople = string.Join(' ', people.Select(p => p.Id)),
            DataTopics = string.Join(' ', topics.Select(t => t.Id)),
            Source = article,
            Date = article.Date,
        };
    }

    /// <summary>An article's people, each id once (first mention kept); the list itself when it has no repeats, as nearly always.</summary>
    private static IReadOnlyList<PersonMention> DistinctPeople(IReadOnlyList<PersonMention> people)
    {
        for (var i = 1; i < people.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (people[i].Id == people[j].Id)
                {
                    return people.DistinctBy(p => p.Id).ToList();
                }
            }
        }

        return people;
    }

    /// <summary>Where every seed's address in the repository begins (made once, not per article), or null when no repository is configured.</summary>
    private static string? SourceUrlStart(SiteConfig config) =>
        config.RepositoryUrl is null ? null : $"{config.RepositoryUrl.AbsoluteUri.TrimEnd('/')}/blob/{Uri.EscapeDataString(config.RepositoryBranch)}/";

    private static string? SourceUrl(string? start, string sourcePath)
    {
        if (start is null)
        {
            return null;
        }

        var segments = sourcePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
        return start + string.Join('/', segments);
    }

    private static MilestoneEntry Milestone(Milestone milestone)
    {
        var date = milestone.Date;
        var text = date.Day is not null
            ? DateText.Full(date.Earliest)
            : date.Month is { } month ? DateText.MonthYear(date.Year, month) : date.Year.ToString("D4", CultureInfo.InvariantCulture);
        return new MilestoneEntry(date.ToString(), text, date.Year, date.Month ?? 0, milestone.Title, milestone.Description,
            "milestone-" + date.ToString())
        {
            Earliest = date.Earliest,
        };
    }

    private static List<PersonProfile> BuildPeople(
        SiteUrls urls, List<ArticleEntry> entries, Dictionary<string, PersonEntry> registry, Dictionary<string, PersonLink> links)
    {
        var appearances = new Dictionary<string, List<PersonAppearance>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Dictionary<string, (ArticleEntry First, ArticleEntry Last, int Count)>>(StringComparer.Ordinal);
        var met = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var tookPart = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var entry in entries)
        {
            var mentions = DistinctPeople(entry.Source.People);
            foreach (var mention in mentions)
            {
                Add(appearances, mention.Id, new PersonAppearance(entry, mention.Evidence, mention.Roles) { TookPart = mention.Participant, Role = mention.Role });
                tookPart[mention.Id] = tookPart.GetValueOrDefault(mention.Id) + (mention.Participant ? 1 : 0);
                var seen = Get(roles, mention.Id);
                Get(met, mention.Id);
                if (!string.IsNullOrWhiteSpace(mention.Role))
                {
                    seen[mention.Role] = seen.TryGetValue(mention.Role, out var span) ? (span.First, entry, span.Count + 1) : (entry, entry, 1);
                }
            }

            // "Met most" counts stated meetings, once per article and pair, between people the article names.
            foreach (var pair in entry.Source.Met.DistinctBy(p => (p.First, p.Second)))
            {
                if (pair.First != pair.Second && met.TryGetValue(pair.First, out var first) && met.TryGetValue(pair.Second, out var second)
                    && mentions.Any(m => m.Id == pair.First) && mentions.Any(m => m.Id == pair.Second))
                {
                    first[pair.Second] = first.GetValueOrDefault(pair.Second) + 1;
                    second[pair.First] = second.GetValueOrDefault(pair.First) + 1;
                }
            }
        }

        var people = new List<PersonProfile>(appearances.Count);
        foreach (var (id, list) in appearances)
        {
            registry.TryGetValue(id, out var known);
            var path = SiteUrls.PersonPath(id);
            people.Add(new PersonProfile
            {
                Id = id,
                Name = links[id].Name,
                Native = known?.Native,
                NativeLanguage = known?.Native is null ? null : LanguageOf(known.Country),
                Country = string.IsNullOrWhiteSpace(known?.Country) ? OtherCountry : known.Country,
                Registered = known is not null,
                Url = urls.Link(path),
                AbsoluteUrl = urls.Absolute(path),
                KnownRoles = known?.Roles ?? [],
                TookPartCount = tookPart[id],
                Roles = roles[id]
                    .Select(r => new RoleSeen(r.Key, r.Value.First.DateIso, r.Value.First.DateText, r.Value.Last.DateIso, r.Value.Last.DateText, r.Value.First.Url)
                    {
                        ArticleTitle = r.Value.First.Title,
                        Count = r.Value.Count,
                    })
                    .OrderBy(r => r.FirstDateIso, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
                    .ToList(),
                Appearances = list,
                MetMost = met[id]
                    .OrderByDescending(m => m.Value).ThenBy(m => links[m.Key].Name, StringComparer.Ordinal)
                    .Take(10)
                    .Select(m => new CoAppearance(links[m.Key], m.Value))
                    .ToList(),
            });
        }

        // Those who took part in the most events first: someone only ever mentioned is not "most seen".
        return people.OrderByDescending(p => p.TookPartCount).ThenByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    private static string? LanguageOf(string? country) => country switch
    {
        "Vietnam" or "Viet Nam" or "Việt Nam" => "vi",
        "Japan" => "ja",
        _ => null,
    };

    private static List<CountryGroup> GroupByCountry(List<PersonProfile> people) =>
        people.GroupBy(p => p.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key == OtherCountry ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryGroup(g.Key, "country-" + Slug.From(g.Key),
                g.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList()))
            .ToList();

    private static List<TopicProfile> BuildTopics(SiteUrls urls, SiteConfig config, List<ArticleEntry> entries)
    {
        var byTopic = new Dictionary<string, List<ArticleEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var topic in entry.Topics)
            {
                Add(byTopic, topic.Id, entry);
            }
        }

        return config.Topics
            .Where(t => byTopic.ContainsKey(t.Id))
            .Select(t => new TopicProfile(t.Id, t.Name, urls.Link(SiteUrls.TopicPath(t.Id)), urls.Absolute(SiteUrls.TopicPath(t.Id)), byTopic[t.Id]))
            .ToList();
    }

    private static List<YearSummary> BuildYears(SiteUrls urls, List<ArticleEntry> entries, List<MilestoneEntry> milestones)
    {
        // Rows sort by date; on the same day a milestone comes before the articles about it.
        var rows = new List<(DateOnly Date, int Order, string Key, int Year, int Month, TimelineItem Item)>(entries.Count + milestones.Count);
        rows.AddRange(milestones.Select(m => (m.Earliest, 0, m.Anchor, m.Year, m.Month, new TimelineItem(null, m))));
        rows.AddRange(entries.Select(e => (e.Date, 1, e.Slug, e.Year, e.Month, new TimelineItem(e, null))));
        rows.Sort((a, b) =>
        {
            var c = a.Date.CompareTo(b.Date);
            c = c != 0 ? c : a.Order.CompareTo(b.Order);
            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        });

        var years = new List<YearSummary>();
        foreach (var year in rows.GroupBy(r => r.Year))
        {
            var months = year.GroupBy(r => r.Month)
                .Select(m => new MonthGroup(year.Key, m.Key,
                    m.Key == 0 ? year.Key.ToString("D4", CultureInfo.InvariantCulture) : DateText.MonthYear(year.Key, m.Key),
                    string.Create(CultureInfo.InvariantCulture, $"m{year.Key:D4}-{m.Key:D2}"),
                    m.Select(r => r.Item).ToList()))
                .ToList();
            var count = year.Count(r => r.Item.Article is not null);
            years.Add(new YearSummary(year.Key, count, urls.Link(SiteUrls.YearPath(year.Key)),
                string.Create(CultureInfo.InvariantCulture, $"y{year.Key:D4}"), months));
        }

        return years;
    }

    private static List<Era> BuildEras(List<MilestoneEntry> milestones, List<ArticleEntry> entries)
    {
        if (milestones.Count == 0)
        {
            return [];
        }

        var lastArticle = entries.Count > 0 ? entries[^1].Date : milestones[^1].Earliest;
        var spans = new double[milestones.Count];
        for (var i = 0; i < milestones.Count; i++)
        {
            var start = milestones[i].Earliest;
            var end = i + 1 < milestones.Count ? milestones[i + 1].Earliest : (lastArticle > start ? lastArticle : start.AddYears(1));
            spans[i] = Math.Max(0, end.DayNumber - start.DayNumber) / 365.25;
        }

        // Short eras (two months in 2023) still get a visible slice of the band.
        var minimum = spans.Sum() * 0.04;
        var weights = spans.Select(s => Math.Max(s, minimum)).ToArray();
        var total = weights.Sum();
        var eras = new List<Era>(milestones.Count);
        for (var i = 0; i < milestones.Count; i++)
        {
            var m = milestones[i];
            var endYear = i + 1 < milestones.Count ? milestones[i + 1].Year : Math.Max(m.Year, lastArticle.Year);
            var percent = total > 0 ? weights[i] / total * 100 : 100.0 / milestones.Count;
            eras.Add(new Era(m.Title, m.Description, m.DateIso, m.DateText, m.Year, endYear,
                percent.ToString("0.##", CultureInfo.InvariantCulture), i + 1));
        }

        return eras;
    }

    private static SiteInfo Info(SiteConfig config, SiteUrls urls, string? builtAt, int articleCount) => new()
    {
        Title = config.Title,
        Description = config.Description,
        Language = config.Language,
        BaseUrl = urls.BaseUrl,
        BasePath = urls.BasePath,
        HomeUrl = urls.Link(""),
        StylesheetUrl = urls.Link("assets/style.css"),
        ScriptUrl = urls.Link("assets/filters.js"),
        FeedUrl = urls.Link("feed.xml"),
        AbsoluteFeedUrl = urls.Absolute("feed.xml"),
        Nav =
        [
            new NavLink("home", "Home", urls.Link("")),
            new NavLink("timeline", "Timeline", urls.Link("timeline/")),
            new NavLink("people", "People", urls.Link("people/")),
            new NavLink("topics", "Topics", urls.Link("topics/")),
            new NavLink("anniversary", string.Create(CultureInfo.InvariantCulture, $"{config.Anniversary.Number} years"), urls.Link("anniversary/")),
        ],
        RepositoryUrl = config.RepositoryUrl?.AbsoluteUri,
        AnniversaryTitle = config.Anniversary.Title,
        BuiltAt = builtAt,
        ArticleCount = articleCount,
    };

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(value);
    }

    private static Dictionary<string, TValue> Get<TValue>(Dictionary<string, Dictionary<string, TValue>> map, string key)
    {
        if (!map.TryGetValue(key, out var inner))
        {
            inner = new Dictionary<string, TValue>(StringComparer.Ordinal);
            map.Add(key, inner);
        }

        return inner;
    }
}
