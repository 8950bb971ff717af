using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.Dates;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;
using StaticChronicle.Extraction.Titles;
using StaticChronicle.Extraction.Topics;
using StaticChronicle.Seeds;

namespace StaticChronicle.Extraction;

/// <summary>
/// The extraction pipeline in one place: body → people → places → topics → date → title → summary, then the
/// seed's front matter over all of it. Built once per configuration; <see cref="Extract"/> is thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly SiteConfig _config;
    private readonly PeopleRegistry _registry;
    private readonly PeopleFinder _people;
    private readonly PlaceFinder _places;
    private readonly TopicMatcher _topics;
    private readonly AnniversaryFinder _anniversaries;
    private readonly DateInference _dates;
    private readonly Dictionary<string, PersonEntry> _entries;

    public ArticleExtractor(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _registry = new PeopleRegistry(config.People);
        _people = new PeopleFinder(_registry, PlaceGazetteer.Default);
        _places = new PlaceFinder(PlaceGazetteer.Default);
        _topics = new TopicMatcher(config.Topics);
        _anniversaries = new AnniversaryFinder(config.ReferenceEvents);
        _dates = new DateInference(_anniversaries, config.ReferenceEvents.Select(e => e.Date).ToHashSet());
        _entries = config.People.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Extracts one seed's article; the slug is the site-wide one only after <see cref="Slugs.SlugAssigner"/>.</summary>
    public SeedOutcome Extract(Seed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var problems = new List<Diagnostic>();
        var fm = seed.FrontMatter;
        var text = BodyExtractor.Extract(seed.Text, seed.FirstTextLine);
        if (text.Lede is null)
        {
            problems.Add(Diagnostic.Error(seed.DisplayPath, seed.FirstTextLine, 0,
                "no article text was found (only navigation, captions or a headline). Paste the article's paragraphs into the seed."));
            return new SeedOutcome(seed.SourcePath, seed.DisplayPath, null, problems);
        }

        var texts = new List<string> { text.Title?.Text ?? "" };
        texts.AddRange(text.Paragraphs.Select(p => p.Text));
        var words = texts.Select(WordToken.Split).ToList();
        var found = _people.Find(texts, words);
        var anniversaries = _anniversaries.Find(text.AllText);
        var warnings = new List<(int Line, string Message)>();
        var (title, titleGenerated) = Title(seed, text, found, warnings);
        var date = Date(seed, text, anniversaries, found, warnings, problems, out var candidates);
        if (date is null)
        {
            // Refused for want of a date: everything else is still reported, so the editor only has to add the date.
            var refusedPeople = People(seed, found, warnings);
            problems.AddRange(warnings.Select(w => Diagnostic.Warning(seed.DisplayPath, w.Line, 0, w.Message)));
            return new SeedOutcome(seed.SourcePath, seed.DisplayPath, null, problems)
            {
                Findings = new SeedFindings(title, titleGenerated, refusedPeople, fm.Places ?? _places.Find(texts, words, found.Spans),
                    Topics(seed, text.AllText, []), candidates),
            };
        }

        if (date.Kind == DateKind.Inferred)
        {
            warnings.Add((text.Lede.Line, $"the date {date.Date:yyyy-MM-dd} is inferred. {date.Evidence} If it is wrong, add `date: YYYY-MM-DD` to the front matter."));
        }

        var people = People(seed, found, warnings);
        var article = new Article
        {
            SourcePath = seed.SourcePath,
            Slug = fm.Slug ?? StaticChronicle.Text.Slug.From($"{date.Date:yyyy-MM-dd} {title}"),
            Title = title,
            TitleGenerated = titleGenerated,
            Date = date.Date,
            DateKind = date.Kind,
            DateEvidence = date.Evidence,
            People = people,
            Places = fm.Places ?? _places.Find(texts, words, found.Spans),
            Topics = Topics(seed, text.AllText, warnings),
            Summary = fm.Summary ?? LedeSummary.From(text.Lede.Text),
            Body = MarkdownBody.From(text.Paragraphs),
            MentionsFiftiethAnniversary = MentionsAnniversary(anniversaries),
            Draft = fm.Draft ?? false,
            Warnings = warnings.Select(w => w.Message).ToList(),
        };
        problems.AddRange(warnings.Select(w => Diagnostic.Warning(seed.DisplayPath, w.Line, 0, w.Message)));
        return new SeedOutcome(seed.SourcePath, seed.DisplayPath, article, problems);
    }

    private DateResult? Date(Seed seed, ArticleText text, List<AnniversaryMention> anniversaries, PeopleFindings found,
        List<(int Line, string Message)> warnings, List<Diagnostic> problems, out IReadOnlyList<DateCandidate> candidates)
    {
        candidates = [];
        if (seed.FrontMatter.Date is { } date)
        {
            return new DateResult(date, DateKind.FrontMatter, $"front matter 'date: {date:yyyy-MM-dd}' (line {seed.FrontMatter.LineOf("date")})");
        }

        var tenures = OfficeMatcher.Constraints(found.People, _entries);
        var decision = _dates.Decide(text, anniversaries, tenures);
        var line = text.Lede?.Line ?? seed.FirstTextLine;
        warnings.AddRange(decision.Warnings.Select(w => (line, w)));
        candidates = decision.Candidates;
        if (decision.Result is null)
        {
            var found_ = decision.Candidates.Count == 0
                ? "The text holds no date at all (no header, dateline, day and month, weekday, year or anniversary)."
                : "What the text holds: " + string.Join("; ", decision.Candidates.Select(c => $"'{c.Phrase}'{(c.Line > 0 ? $" (line {c.Line})" : "")} — {c.Reason}")) + ".";
            problems.Add(Diagnostic.Error(seed.DisplayPath, 1, 1,
                $"no date could be found: the text gives no full date (like '2023-09-21', 'September 21, 2023' or '21/09/2023') and no day and month whose year can be reasoned. {found_} "
                + "Add front matter at the top of the seed: a line '---', then 'date: YYYY-MM-DD', then '---'."));
        }

        return decision.Result;
    }

    private static (string Title, bool Generated) Title(Seed seed, ArticleText text, PeopleFindings found, List<(int, string)> warnings)
    {
        if (seed.FrontMatter.Title is { } title)
        {
            return (title, false);
        }

        if (text.Title is { } headline)
        {
            return (headline.Text, false);
        }

        var lede = text.Lede!;
        var ledeIndex = 1 + text.Paragraphs.ToList().IndexOf(lede);
        var names = found.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var generated = TitleGenerator.FromLede(lede.Text, found.Spans.Where(s => s.TextIndex == ledeIndex), names);
        warnings.Add((lede.Line, $"the text has no headline; the title \"{generated}\" was made from the lede. Add `title: \"…\"` to the front matter to set it."));
        return (generated, true);
    }

    private List<PersonMention> People(Seed seed, PeopleFindings found, List<(int, string)> warnings)
    {
        var people = found.People.ToList();
        if (seed.FrontMatter.People is { } names)
        {
            people = names.Select(name =>
            {
                var entry = _registry.Find(WordToken.Split(name).Select(t => t.Text));
                var id = entry?.Id ?? StaticChronicle.Text.Slug.From(name);
                var extracted = found.People.FirstOrDefault(p => p.Id == id);
                return new PersonMention(id, entry?.Name ?? name, entry is not null, extracted?.Roles ?? [], extracted?.Evidence ?? "front matter");
            }).ToList();
        }

        foreach (var person in people.Where(p => !p.Registered))
        {
            var roles = person.Roles.Count > 0 ? $" ({string.Join("; ", person.Roles)})" : "";
            warnings.Add((seed.FrontMatter.People is null ? 1 : seed.FrontMatter.LineOf("people"),
                $"{person.Name}{roles} is not in the people registry. If this is a person, add them to `people:` in site-config.yml so every article links to one page."));
        }

        return people;
    }

    private List<string> Topics(Seed seed, string allText, List<(int, string)> warnings)
    {
        if (seed.FrontMatter.Topics is not { } given)
        {
            return _topics.Match(allText);
        }

        var ids = new List<string>();
        foreach (var value in given)
        {
            if (_topics.Resolve(value) is { } topic)
            {
                ids.Add(topic.Id);
            }
            else
            {
                warnings.Add((seed.FrontMatter.LineOf("topics"),
                    $"front-matter topic '{value}' is not one of the topics in site-config.yml ({string.Join(", ", _topics.Topics.Select(t => t.Id))}); it is ignored. Add it to `topics:` there or fix the spelling."));
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private bool MentionsAnniversary(List<AnniversaryMention> anniversaries)
    {
        var anniversary = _config.Anniversary;
        return anniversaries.Any(a =>
            a.Number == anniversary.Number && a.Event is { } e && e.Date == anniversary.RelationsEstablished);
    }
}
