using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Config;
using StaticChronicle.Site.Pagination;

namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// Builds <see cref="AnniversaryOverview"/> from the site model's parts. Everything the page says about the countries
/// and dates comes from <see cref="AnniversarySettings"/>; the year's articles are looked at once each.
/// </summary>
public static partial class AnniversaryOverviewBuilder
{
    /// <summary>The road and what followed list the articles closest to the year; the rest are counted.</summary>
    public const int ListLimit = 10;
    private const int TopLimit = 5;
    private const int VisitWindowDays = 7;

    [GeneratedRegex(@"\b(?:visit|visits|visited|visiting|trip|tour|state visit|official visit)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VisitWords();

    public static AnniversaryOverview Build(
        SiteConfig config, SiteUrls urls, IReadOnlyList<ArticleEntry> entries, IReadOnlyList<MilestoneEntry> milestones,
        IReadOnlyList<Era> eras, IReadOnlyList<YearSummary> years, IReadOnlyDictionary<string, TopicLink> topicLinks)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(topicLinks);
        var settings = config.Anniversary;
        var registry = config.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        // "President of X" is a head of state when X is one of the site's countries or a country the registry names.
        var countries = settings.Countries
            .Concat(config.People.Select(p => p.Country).OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var inYear = entries.Where(e => e.Year == settings.Year).ToList();
        var listed = new Dictionary<string, AnniversaryEntry>(inYear.Count, StringComparer.Ordinal);
        foreach (var entry in inYear)
        {
            listed[entry.Slug] = YearEntry(entry, registry, countries);
        }

        var months = years.Where(y => y.Year == settings.Year)
            .SelectMany(y => y.Months)
            .Select(m => new AnniversaryMonth(m.Month, m.Name, string.Create(CultureInfo.InvariantCulture, $"month-{m.Month:D2}"),
                m.Items.Select(i => i.Milestone is { } milestone
                    ? new AnniversaryItem(null, milestone)
                    : new AnniversaryItem(listed[i.Article!.Slug], null)).ToList()))
            .ToList();

        var (yearPages, monthLinks) = Paginate(months, config.PageSize, urls);
        var before = entries.Where(e => e.MentionsAnniversary && e.Year < settings.Year).ToList();
        var after = entries.Where(e => e.MentionsAnniversary && e.Year > settings.Year).ToList();
        var road = before.Skip(Math.Max(0, before.Count - ListLimit)).Select(e => LookingEntry(e, registry, countries)).ToList();
        var aftermath = after.Take(ListLimit).Select(e => LookingEntry(e, registry, countries)).ToList();

        var established = settings.RelationsEstablished;
        var countriesText = settings.Countries.Count == 2 ? $"{settings.Countries[0]} and {settings.Countries[1]}" : null;
        var ordinal = Ordinal(settings.Number);
        return new AnniversaryOverview
        {
            Title = settings.Title,
            Number = settings.Number,
            Ordinal = ordinal,
            Year = settings.Year,
            EstablishedYear = established.Year,
            EstablishedIso = DateText.Iso(established),
            EstablishedText = DateText.Full(established),
            Countries = countriesText,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{countriesText ?? "The two countries"} established diplomatic relations on {DateText.Full(established)}; {settings.Year} marked the {ordinal} anniversary, told month by month."),
            Url = urls.Link(Path),
            TimelineUrl = urls.Link("timeline/"),
            EventCount = inYear.Count,
            Chart = GlanceChartBuilder.Build(established, settings.Year, entries, milestones, eras),
            Months = months,
            YearPages = yearPages,
            MonthLinks = monthLinks,
            Road = road,
            RoadMore = before.Count - road.Count,
            Aftermath = aftermath,
            AftermathMore = after.Count - aftermath.Count,
            Figures = Figures(listed.Values.ToList(), milestones.Count(m => m.Year == settings.Year)),
            TopTopics = TopTopics(inYear, topicLinks, config.Topics),
            TopPeople = TopPeople(listed.Values, registry),
        };
    }

    /// <summary>The site-relative path of the anniversary page (page 1 of the year's list).</summary>
    public const string Path = "anniversary/";

    /// <summary>
    /// Splits the year's rows into pages with the site's pagination, then groups each page's rows by month again: a
    /// month cut by a page break is headed on both pages, the second time as continued.
    /// </summary>
    private static (List<AnniversaryYearPage> Pages, List<AnniversaryMonthLink> Links) Paginate(
        List<AnniversaryMonth> months, int pageSize, SiteUrls urls)
    {
        var rows = months.SelectMany(m => m.Items.Select(item => (Month: m, Item: item))).ToList();
        var pages = new List<AnniversaryYearPage>();
        var links = new List<AnniversaryMonthLink>();
        var seen = new HashSet<int>();
        foreach (var page in Paginator.Split(rows, pageSize, Path, urls))
        {
            var grouped = new List<AnniversaryMonth>();
            foreach (var group in page.Items.GroupBy(r => r.Month.Month))
            {
                var month = group.First().Month;
                var continued = !seen.Add(month.Month);
                if (!continued)
                {
                    // The month list shows on every page of the series, so each link names its page, the first one too.
                    links.Add(new AnniversaryMonthLink(month.Name, $"{page.Pager.Url}#{month.Anchor}"));
                }

                grouped.Add(month with { Items = group.Select(r => r.Item).ToList(), Continued = continued });
            }

            pages.Add(new AnniversaryYearPage(grouped, page.Pager));
        }

        return (pages, links);
    }

    /// <summary>"1st", "2nd", "3rd", "11th", "50th".</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is >= 11 and <= 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static AnniversaryEntry YearEntry(ArticleEntry entry, Dictionary<string, PersonEntry> registry, List<string> countries)
    {
        var participants = Participants(entry, registry, countries);
        var article = entry.Source;
        var visit = participants.Any(p => p.Leader)
            && (VisitWords().IsMatch(article.Title) || VisitWords().IsMatch(article.Summary) || VisitWords().IsMatch(article.Body));
        return new AnniversaryEntry
        {
            Article = entry,
            Participants = participants,
            LeaderVisit = visit,
            Signing = AgreementSigning.Find(article.Body) is not null,
        };
    }

    private static AnniversaryEntry LookingEntry(ArticleEntry entry, Dictionary<string, PersonEntry> registry, List<string> countries) => new()
    {
        Article = entry,
        Participants = Participants(entry, registry, countries),
        Quote = entry.Source.AnniversaryWords,
    };

    private static List<AnniversaryParticipant> Participants(ArticleEntry entry, Dictionary<string, PersonEntry> registry, List<string> countries)
    {
        var links = entry.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var result = new List<AnniversaryParticipant>(links.Count);
        foreach (var mention in entry.Source.People)
        {
            if (mention.Participant && links.Remove(mention.Id, out var link))
            {
                registry.TryGetValue(mention.Id, out var known);
                var leader = LeaderLevel.Any(LeaderLevel.OfficesOf(mention, known, entry.Date), countries);
                result.Add(new AnniversaryParticipant(link, string.IsNullOrWhiteSpace(mention.Role) ? null : mention.Role, leader));
            }
        }

        return result;
    }

    private static AnniversaryFigures Figures(List<AnniversaryEntry> year, int milestones)
    {
        // One visit is often reported by several articles: those within a week of each other that share a leader are one.
        var visits = new List<(DateOnly Last, HashSet<string> Leaders)>();
        var visitArticles = 0;
        foreach (var entry in year.Where(e => e.LeaderVisit).OrderBy(e => e.Article.Date))
        {
            visitArticles++;
            var leaders = entry.Participants.Where(p => p.Leader).Select(p => p.Person.Id).ToHashSet(StringComparer.Ordinal);
            var same = visits.FindIndex(v => entry.Article.Date.DayNumber - v.Last.DayNumber <= VisitWindowDays && v.Leaders.Overlaps(leaders));
            if (same >= 0)
            {
                visits[same].Leaders.UnionWith(leaders);
                visits[same] = (entry.Article.Date, visits[same].Leaders);
            }
            else
            {
                visits.Add((entry.Article.Date, leaders));
            }
        }

        var people = year.SelectMany(e => e.Participants).Select(p => p.Person.Id).Distinct(StringComparer.Ordinal).Count();
        return new AnniversaryFigures
        {
            Articles = NullIfZero(year.Count),
            LeaderVisits = NullIfZero(visits.Count),
            LeaderVisitArticles = NullIfZero(visitArticles),
            SigningArticles = NullIfZero(year.Count(e => e.Signing)),
            Participants = NullIfZero(people),
            Milestones = NullIfZero(milestones),
        };
    }

    private static int? NullIfZero(int value) => value > 0 ? value : null;

    /// <summary>
    /// Ranked by the articles a topic leads: every article has up to four main topics, so counting them all ties
    /// nearly every topic; its first-ranked topic is what an article is about. Ties go to the topic more articles
    /// rank among their main ones, then to the configuration's order.
    /// </summary>
    private static List<AnniversaryTopic> TopTopics(List<ArticleEntry> year, IReadOnlyDictionary<string, TopicLink> topicLinks, IReadOnlyList<TopicDefinition> topics)
    {
        var leads = new Dictionary<string, int>(StringComparer.Ordinal);
        var main = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in year)
        {
            for (var rank = 0; rank < entry.Topics.Count; rank++)
            {
                var id = entry.Topics[rank].Id;
                main[id] = main.GetValueOrDefault(id) + 1;
                if (rank == 0)
                {
                    leads[id] = leads.GetValueOrDefault(id) + 1;
                }
            }
        }

        var order = topics.Select((t, i) => (t.Id, i)).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return leads
            .OrderByDescending(l => l.Value).ThenByDescending(l => main[l.Key]).ThenBy(l => order.GetValueOrDefault(l.Key, int.MaxValue))
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .Take(TopLimit)
            .Select(l => new AnniversaryTopic(topicLinks[l.Key], l.Value, main[l.Key]))
            .ToList();
    }

    private static List<AnniversaryPerson> TopPeople(IEnumerable<AnniversaryEntry> year, Dictionary<string, PersonEntry> registry)
    {
        var counts = new Dictionary<string, (PersonLink Link, int Count)>(StringComparer.Ordinal);
        foreach (var participant in year.SelectMany(e => e.Participants))
        {
            var id = participant.Person.Id;
            counts[id] = (participant.Person, counts.TryGetValue(id, out var c) ? c.Count + 1 : 1);
        }

        return counts.Values
            .OrderByDescending(p => p.Count).ThenBy(p => p.Link.Name, StringComparer.Ordinal).ThenBy(p => p.Link.Id, StringComparer.Ordinal)
            .Take(TopLimit)
            .Select(p => new AnniversaryPerson(p.Link, registry.TryGetValue(p.Link.Id, out var known) && !string.IsNullOrWhiteSpace(known.Country) ? known.Country : null, p.Count))
            .ToList();
    }
}
