using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.Countries;
using StaticChronicle.Extraction.Dates;
using StaticChronicle.Extraction.Meetings;
using StaticChronicle.Extraction.Participants;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;
using StaticChronicle.Extraction.Roles;
using StaticChronicle.Extraction.Sentences;
using StaticChronicle.Extraction.Source;
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
    private static readonly char[] RoleClauseEnd = ['.', ';', ':', '(', ')'];

    private readonly SiteConfig _config;
    private readonly PeopleRegistry _registry;
    private readonly PeopleFinder _people;
    private readonly PlaceFinder _places;
    private readonly TopicMatcher _topics;
    private readonly TopicRanker _ranker;
    private readonly EventPlaceFinder _eventPlaces;
    private readonly RegistrySpeakers _speakers;
    private readonly Dictionary<string, PersonEntry> _entries;
    private readonly AnniversaryFinder _anniversaries;
    private readonly DateInference _dates;
    private readonly Relationship _relationship;

    public ArticleExtractor(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _registry = new PeopleRegistry(config.People);
        _people = new PeopleFinder(_registry, PlaceGazetteer.Default);
        _places = new PlaceFinder(PlaceGazetteer.Default);
        _topics = new TopicMatcher(config.Topics);
        _ranker = new TopicRanker(config.Topics);
        _eventPlaces = new EventPlaceFinder(PlaceGazetteer.Default);
        _speakers = new RegistrySpeakers(_registry, config.People);
        _entries = config.People.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _anniversaries = new AnniversaryFinder(config.ReferenceEvents);
        _relationship = Relationship.From(config);
        _dates = new DateInference(_anniversaries, config.ReferenceEvents.Select(e => e.Date).ToHashSet());
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
        var found = WithSpeakers(_people.Find(texts, words), texts, words);
        var sentences = SentenceSplitter.Split(texts, words);
        var anniversaries = _anniversaries.Find(text.AllText);
        var warnings = new List<(int Line, int Column, string Message)>();
        var (title, titleGenerated) = Title(seed, text, found, warnings);
        var date = Date(seed, text, anniversaries, found, warnings, problems, out var candidates);
        if (date is null)
        {
            // Refused for want of a date: everything else is still reported, so the editor only has to add the date.
            // With no date, no office is known from the registry: roles come from the text alone.
            var refusedPeople = People(seed, text, texts, found, Facts(texts, sentences, found, DateOnly.MinValue), DateOnly.MinValue, warnings);
            var refusedLede = 1 + IndexOf(text.Paragraphs, text.Lede);
            var refusedTopics = Topics(seed, sentences, Offices(texts, found, null), refusedLede, warnings).Select(r => r.Topic).ToList();
            problems.AddRange(warnings.Select(w => Diagnostic.Warning(seed.DisplayPath, w.Line, w.Column, w.Message)));
            return new SeedOutcome(seed.SourcePath, seed.DisplayPath, null, problems)
            {
                Findings = new SeedFindings(title, titleGenerated, refusedPeople, fm.Places ?? _places.Find(texts, words, found.Spans),
                    refusedTopics, candidates),
            };
        }

        if (date.Kind == DateKind.Inferred)
        {
            warnings.Add((text.Lede.Line, 0, $"the date {date.Date:yyyy-MM-dd} is inferred. {date.Evidence} If it is wrong, add `date: YYYY-MM-DD` to the front matter."));
        }

        var facts = Facts(texts, sentences, found, date.Date);
        var people = People(seed, text, texts, found, facts, date.Date, warnings);
        foreach (var person in people.Where(p => !p.Registered && !StaticChronicle.Text.Slug.IsSafe(p.Id)))
        {
            // A person's page address is made from the Latin letters of the name; "山田太郎" has none.
            problems.Add(Diagnostic.Error(seed.DisplayPath, fm.People is null ? text.Lede.Line : fm.LineOf("people"), 1,
                $"the person '{person.Name}' gets no page address: it is made from the Latin letters of the name, and this name has none usable. "
                + $"Write the name in Latin letters (e.g. `people: [Yamada Taro]`), or add the person to `people:` in site-config.yml with `name:` in Latin letters and `native: {person.Name}`."));
        }

        var ledeIndex = 1 + IndexOf(text.Paragraphs, text.Lede);
        // A parliament leader who only sent a message does not make the event a parliamentary one: only the offices of those who took part say what kind of meeting it was.
        var ranked = Topics(seed, sentences, Offices(texts, found, facts.Participants), ledeIndex, warnings);
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
            Topics = ranked.Select(r => r.Topic).ToList(),
            TopicReasons = ranked,
            EventPlace = seed.FrontMatter.EventPlaceSet ? seed.FrontMatter.EventPlace : _eventPlaces.Find(texts, sentences, ledeIndex, text.Lede.Text),
            Met = Met(seed, people, facts, problems),
            Source = Source(seed, text),
            Summary = fm.Summary ?? LedeSummary.From(text.Lede.Text),
            Body = MarkdownBody.From(text.Paragraphs),
            MentionsFiftiethAnniversary = MentionsAnniversary(anniversaries),
            AnniversaryWords = AnniversaryWords(anniversaries, text.AllText),
            Draft = fm.Draft ?? false,
            Aliases = fm.Aliases ?? [],
            Warnings = warnings.Select(w => w.Message).ToList(),
        };
        problems.AddRange(warnings.Select(w => Diagnostic.Warning(seed.DisplayPath, w.Line, w.Column, w.Message)));
        return new SeedOutcome(seed.SourcePath, seed.DisplayPath, article, problems);
    }

    private DateResult? Date(Seed seed, ArticleText text, List<AnniversaryMention> anniversaries, PeopleFindings found,
        List<(int Line, int Column, string Message)> warnings, List<Diagnostic> problems, out IReadOnlyList<DateCandidate> candidates)
    {
        candidates = [];
        if (seed.FrontMatter.Date is { } date)
        {
            return new DateResult(date, DateKind.FrontMatter, $"front matter 'date: {date:yyyy-MM-dd}' (line {seed.FrontMatter.LineOf("date")})");
        }

        var tenures = OfficeMatcher.Constraints(found.People, _entries);
        var decision = _dates.Decide(text, anniversaries, tenures);
        var line = text.Lede?.Line ?? seed.FirstTextLine;
        warnings.AddRange(decision.Warnings.Select(w => (line, 0, w)));
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

    private static (string Title, bool Generated) Title(Seed seed, ArticleText text, PeopleFindings found, List<(int, int, string)> warnings)
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
        var ledeIndex = 1 + IndexOf(text.Paragraphs, lede);
        var names = found.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var generated = TitleGenerator.FromLede(lede.Text, found.Spans.Where(s => s.TextIndex == ledeIndex), names);
        warnings.Add((lede.Line, 0, $"the text has no headline; the title \"{generated}\" was made from the lede. Add `title: \"…\"` to the front matter to set it."));
        return (generated, true);
    }

    /// <summary>The name finder's people, with registered speakers it leaves alone ("…, Son said.").</summary>
    private PeopleFindings WithSpeakers(PeopleFindings found, List<string> texts, List<List<WordToken>> words)
    {
        var speakers = _speakers.Find(texts, words, found);
        if (speakers.Count == 0)
        {
            return found;
        }

        var people = found.People.Concat(speakers.Select(s => s.Person)).ToList();
        var spans = found.Spans.Concat(speakers.SelectMany(s => s.Spans)).OrderBy(s => s.TextIndex).ThenBy(s => s.Start).ToList();
        return new PeopleFindings(people, spans);
    }

    /// <summary>Who took part, on which side, in what role, and who met whom: all read from the people's places in the text.</summary>
    private ArticleFacts Facts(List<string> texts, List<ArticleSentence> sentences, PeopleFindings found, DateOnly date)
    {
        var participants = ParticipantFinder.Find(texts, found.Spans, sentences);
        var sides = PersonSides.Find(texts, found.People, found.Spans, id => _entries.TryGetValue(id, out var e) ? e.Country : null);
        var roles = new RoleFinder(texts, found.Spans, sentences, PlaceGazetteer.Default);
        var roleOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var person in found.People)
        {
            _entries.TryGetValue(person.Id, out var entry);
            roleOf[person.Id] = roles.Find(person.Id, sides[person.Id] == PersonSides.Vietnam, entry, date, participants.Contains(person.Id));
        }

        CounterpartRoles.Fill(texts, found.Spans, sentences, roleOf);
        var ordered = found.People.Where(p => participants.Contains(p.Id)).Select(p => p.Id).ToList();
        // A bilateral event has two sides: the chronicle's two countries (a third country's people are a side of their own).
        var met = MeetingFinder.Find(found.Spans, sentences, ordered, _relationship.SideOf(sides, PersonSides.Other));
        return new ArticleFacts(participants, sides, roleOf, met);
    }

    private List<PersonMention> People(Seed seed, ArticleText text, List<string> texts, PeopleFindings found, ArticleFacts facts, DateOnly date, List<(int, int, string)> warnings)
    {
        var people = found.People
            .Select(p => p with { Participant = facts.Participants.Contains(p.Id), Role = facts.Roles.GetValueOrDefault(p.Id) })
            .ToList();
        var fm = seed.FrontMatter;
        if (fm.People is { } names)
        {
            people = names.Select(name =>
            {
                var id = IdOf(name);
                var entry = _entries.GetValueOrDefault(id);
                var extracted = people.FirstOrDefault(p => p.Id == id);
                return new PersonMention(id, entry?.Name ?? name, entry is not null, extracted?.Roles ?? [], extracted?.Evidence ?? "front matter")
                {
                    // Someone the editor adds whom the text never names took part, unless they say otherwise.
                    Participant = extracted?.Participant ?? true,
                    Role = extracted?.Role ?? (entry is null ? null : RegistryRoles.At(entry, date) is { } r ? RoleText.Clean(r, entry.Country is "Vietnam") : null),
                };
            }).ToList();
        }

        foreach (var fact in fm.PersonFacts)
        {
            var id = IdOf(fact.Name);
            var index = people.FindIndex(p => p.Id == id);
            if (index < 0)
            {
                continue;
            }

            var person = people[index];
            people[index] = person with
            {
                Participant = fact.Participant ?? person.Participant,
                Role = fact.Role is null ? person.Role : fact.Role.Length == 0 ? null : fact.Role,
            };
        }

        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (person.Registered)
            {
                continue;
            }

            // The message points at the name: the front-matter item, or the first place the text names them.
            var fromFrontMatter = fm.People is not null;
            var (line, column) = fromFrontMatter
                ? fm.PositionOf("people", i)
                : NamePosition.Find(seed, text, texts, found, person.Id) ?? (1, 0);
            var roles = person.Role is { } role ? $" ({role})" : person.Roles.Count > 0 ? $" ({string.Join("; ", person.Roles)})" : "";
            var message = _registry.Suggest(person.Name) is { } near
                ? $"{person.Name}{roles} is not in the people registry. Did you mean {near.Name}? "
                  + (fromFrontMatter ? "Correct the name in `people:` above" : "If the text misspells them, set `people:` in the front matter")
                  + "; if this is someone else, add them to `people:` in site-config.yml."
                : $"{person.Name}{roles} is not in the people registry. If this is a person, add them to `people:` in site-config.yml so every article links to one page.";
            warnings.Add((line, column, message));
        }

        return people;
    }

    /// <summary>As List.IndexOf on a copy of <paramref name="paragraphs"/> would say, without the copy.</summary>
    private static int IndexOf(IReadOnlyList<Paragraph> paragraphs, Paragraph? paragraph)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (EqualityComparer<Paragraph?>.Default.Equals(paragraphs[i], paragraph))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The identity a name or id written in front matter stands for.</summary>
    private string IdOf(string nameOrId)
    {
        if (_entries.ContainsKey(nameOrId))
        {
            return nameOrId;
        }

        var entry = _registry.Find(WordToken.Split(nameOrId).Select(t => t.Text));
        return entry?.Id ?? StaticChronicle.Text.Slug.From(nameOrId);
    }

    private List<MetPair> Met(Seed seed, List<PersonMention> people, ArticleFacts facts, List<Diagnostic> problems)
    {
        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (seed.FrontMatter.Met is not { } given)
        {
            // Pairs stay among the article's participants, also after the front matter changed who they are.
            var taking = people.Where(p => p.Participant).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            return facts.Met.Where(m => taking.Contains(m.First) && taking.Contains(m.Second)).ToList();
        }

        var pairs = new List<MetPair>();
        foreach (var pair in given)
        {
            var a = IdOf(pair.First);
            var b = IdOf(pair.Second);
            var unknown = new[] { (pair.First, a), (pair.Second, b) }.Where(x => !ids.Contains(x.Item2)).Select(x => x.Item1).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(Diagnostic.Error(seed.DisplayPath, pair.Line, pair.Column + 1,
                    $"front-matter `met` names {string.Join(" and ", unknown.Select(u => $"'{u}'"))}, who is not one of this article's people ({string.Join(", ", ids.Order(StringComparer.Ordinal))}). Use a person id or name from `people:`, or add them there."));
                continue;
            }

            if (a == b)
            {
                problems.Add(Diagnostic.Error(seed.DisplayPath, pair.Line, pair.Column + 1,
                    $"front-matter `met` pairs '{pair.First}' with themself. A pair names two different people."));
                continue;
            }

            pairs.Add(MetPair.Of(a, b, "front matter"));
        }

        return pairs.DistinctBy(p => (p.First, p.Second)).OrderBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where the text gives people's offices: the title words before a name, and the appositive after it.</summary>
    private static List<(int Text, int Start, int End)> Offices(List<string> texts, PeopleFindings found, HashSet<string>? participants)
    {
        var offices = new List<(int, int, int)>();
        foreach (var span in found.Spans)
        {
            if (participants is not null && !participants.Contains(span.PersonId))
            {
                continue;
            }

            var text = texts[span.TextIndex];
            var end = span.End;
            if (end + 1 < text.Length && text[end] == ',')
            {
                var next = found.Spans.Where(s => s.TextIndex == span.TextIndex && s.RoleStart > span.End).Select(s => s.RoleStart).DefaultIfEmpty(text.Length).Min();
                var stop = text.IndexOfAny(RoleClauseEnd, end);
                end = Math.Min(next, stop < 0 ? text.Length : stop);
            }

            offices.Add((span.TextIndex, Math.Min(span.RoleStart, span.Start), end));
        }

        return offices;
    }

    private List<TopicReason> Topics(Seed seed, List<ArticleSentence> sentences, List<(int Text, int Start, int End)> offices, int ledeIndex, List<(int, int, string)> warnings)
    {
        if (seed.FrontMatter.Topics is not { } given)
        {
            // The headline (text 0), the lede and the paragraph after it (a standfirst often comes before the real lede) weigh more.
            return _ranker.Rank(sentences, t => t == 0 || (t >= ledeIndex && t <= ledeIndex + 1), offices);
        }

        var ranked = new List<TopicReason>();
        for (var i = 0; i < given.Count; i++)
        {
            var value = given[i];
            if (_topics.Resolve(value) is { } topic)
            {
                if (ranked.All(r => r.Topic != topic.Id))
                {
                    ranked.Add(new TopicReason(topic.Id, $"front matter (line {seed.FrontMatter.LineOf("topics")})"));
                }
            }
            else
            {
                var (line, column) = seed.FrontMatter.PositionOf("topics", i);
                var near = _topics.Suggest(value) is { } suggestion ? $" Did you mean '{suggestion.Id}'?" : "";
                warnings.Add((line, column,
                    $"front-matter topic '{value}' is not one of the topics in site-config.yml ({string.Join(", ", _topics.Topics.Select(t => t.Id))}); it is ignored.{near} Add it to `topics:` there or fix the spelling."));
            }
        }

        return ranked;
    }

    private static ArticleSource Source(Seed seed, ArticleText text)
    {
        var found = SourceFinder.Find(seed.Text, text.Lede?.Text, text.MetaLines.Select(m => m.Text));
        if (seed.FrontMatter.Source is not { } given)
        {
            return found;
        }

        return new ArticleSource(given.Publisher ?? found.Publisher, given.Url?.AbsoluteUri ?? found.Url, given.Published ?? found.Published);
    }

    private bool MentionsAnniversary(List<AnniversaryMention> anniversaries)
    {
        var anniversary = _config.Anniversary;
        return anniversaries.Any(a => a.Number == anniversary.Number && a.Event is { } e && e.Date == anniversary.RelationsEstablished);
    }

    /// <summary>
    /// The sentence of the first mention of the configured anniversary (the anniversary page quotes it), or the mention's
    /// own words with the "last year"/"next year" that places it when the sentence is too long to quote; null without one.
    /// </summary>
    private string? AnniversaryWords(List<AnniversaryMention> anniversaries, string text)
    {
        const int MaxQuote = 280;
        var anniversary = _config.Anniversary;
        var mention = anniversaries
            .Where(a => a.Number == anniversary.Number && a.Event is { } e && e.Date == anniversary.RelationsEstablished)
            .MinBy(a => a.Index);
        if (mention is null)
        {
            return null;
        }

        var start = mention.Index;
        while (start > 0 && mention.Index - start < MaxQuote && !(text[start - 1] == '\n' || (start > 1 && text[start - 2] is '.' or '!' or '?' && char.IsWhiteSpace(text[start - 1]))))
        {
            start--;
        }

        var end = Math.Min(text.Length, mention.Index + mention.Text.Length);
        while (end < text.Length && end - start < MaxQuote && text[end] != '\n' && !(text[end - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[end])))
        {
            end++;
        }

        var sentence = text[start..end].Trim();
        if (sentence.Length < MaxQuote && sentence.Length > mention.Text.Length && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
        {
            return sentence;
        }

        return mention.RelativeWords is { } relative && !mention.Text.Contains(relative, StringComparison.OrdinalIgnoreCase)
            ? $"{mention.Text} … {relative}"
            : mention.Text;
    }
}
