using System.Globalization;
using StaticChronicle.Diagnostics;
using StaticChronicle.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Config;

/// <summary>
/// Reads <c>site-config.yml</c> through YamlDotNet's node model so that every problem can name
/// its line and column; collects all problems before failing.
/// </summary>
public sealed class SiteConfigLoader
{
    private static readonly string[] RootKeys =
    [
        "title", "description", "language", "base_url", "repository", "paths", "timeline_split_threshold",
        "pagination", "page_weight", "social_cards", "anniversary", "reference_events", "milestones", "topics", "people",
    ];

    private readonly List<Diagnostic> _problems = [];
    private readonly string _file;

    private SiteConfigLoader(string file) => _file = file;

    /// <summary>Loads and validates the file; throws <see cref="DiagnosticException"/> listing every problem.</summary>
    public static SiteConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var display = DisplayPath.For(path);
        if (!File.Exists(path))
        {
            throw new DiagnosticException([Diagnostic.Error(display, 0, 0,
                "configuration file not found. Run from the site's folder or pass --config PATH.")]);
        }

        var root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Parse(File.ReadAllText(path), display, root);
    }

    /// <summary>Parses configuration text; <paramref name="displayName"/> is used in messages.</summary>
    public static SiteConfig Parse(string yaml, string displayName, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loader = new SiteConfigLoader(displayName);
        var config = loader.Read(yaml, rootDirectory);
        if (loader._problems.Any(p => p.IsError) || config is null)
        {
            throw new DiagnosticException(loader._problems);
        }

        return config;
    }

    private SiteConfig? Read(string yaml, string rootDirectory)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            Error(e.Start, $"this is not valid YAML: {StripMark(e.Message)} Check indentation and quoting on this line.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            _problems.Add(Diagnostic.Error(_file, 1, 1, "the configuration must be a mapping of keys (title:, base_url:, …)."));
            return null;
        }

        CheckKeys(map, RootKeys, "top level");
        var title = RequiredString(map, "title");
        var baseUrl = ReadBaseUrl(map);
        var repository = Mapping(map, "repository", ["url", "branch"]);
        var paths = Mapping(map, "paths", ["seeds", "templates", "output", "content"]);
        var threshold = OptionalInt(map, "timeline_split_threshold", 1, 1_000_000) ?? 300;
        var pagination = Mapping(map, "pagination", ["page_size", "people_page_size"]);
        var pageWeight = Mapping(map, "page_weight", ["budget_kb"]);

        var config = new SiteConfig
        {
            Title = title ?? "",
            Description = OptionalString(map, "description") ?? "",
            Language = OptionalString(map, "language") ?? "en",
            BaseUrl = baseUrl ?? new Uri("http://localhost/"),
            RepositoryUrl = repository is null ? null : OptionalUrl(repository, "url"),
            RepositoryBranch = (repository is null ? null : OptionalString(repository, "branch")) ?? "main",
            RootDirectory = rootDirectory,
            Paths = ReadPaths(paths),
            TimelineSplitThreshold = threshold,
            PageSize = (pagination is null ? null : OptionalInt(pagination, "page_size", 1, 10_000)) ?? SiteConfig.DefaultPageSize,
            PeoplePageSize = (pagination is null ? null : OptionalInt(pagination, "people_page_size", 1, 10_000)) ?? SiteConfig.DefaultPeoplePageSize,
            PageBudgetKb = (pageWeight is null ? null : OptionalInt(pageWeight, "budget_kb", 1, 1_000_000)) ?? SiteConfig.DefaultPageBudgetKb,
            SocialCards = ReadSocialCards(map),
            Anniversary = ReadAnniversary(Mapping(map, "anniversary", ["relations_established", "year", "number", "title", "countries"])),
            ReferenceEvents = ReadList(map, "reference_events", ReadReferenceEvent),
            Milestones = ReadList(map, "milestones", ReadMilestone).OrderBy(m => m.Date).ToList(),
            Topics = ReadList(map, "topics", ReadTopic),
            People = ReadList(map, "people", ReadPerson),
        };

        CheckUnique(map, "topics", config.Topics.Select(t => t.Id), "topic id");
        CheckUnique(map, "reference_events", config.ReferenceEvents.Select(e => e.Id), "reference event id");
        CheckUnique(map, "people", config.People.Select(p => p.Id), "person id");
        CheckAliases(map, config.People);
        return config;
    }

    private SocialCardScope ReadSocialCards(YamlMappingNode map)
    {
        var node = Child(map, "social_cards");
        if (node is null || Scalar(node, "social_cards") is not { } text)
        {
            return SocialCardScope.Sections;
        }

        switch (text)
        {
            case "pages":
                return SocialCardScope.Pages;
            case "sections":
                return SocialCardScope.Sections;
            case "site":
                return SocialCardScope.Site;
            default:
                Error(node.Start, $"social_cards is '{text}'; write `pages` (every page its own card), `sections` (articles share the site's card) or `site` (one card for all).");
                return SocialCardScope.Sections;
        }
    }

    private Uri? ReadBaseUrl(YamlMappingNode map)
    {
        var node = Child(map, "base_url");
        if (node is null)
        {
            _problems.Add(Diagnostic.Error(_file, 1, 1,
                "base_url is missing. Add e.g. `base_url: https://example.github.io/chronicle/`."));
            return null;
        }

        var text = Scalar(node, "base_url");
        if (text is null)
        {
            return null;
        }

        if (BaseUrlProblem(text, "base_url") is { } problem)
        {
            Error(node.Start, problem);
            return null;
        }

        return NormalizeBaseUrl(new Uri(text, UriKind.Absolute));
    }

    /// <summary>
    /// Why <paramref name="text"/> cannot be a base URL, or null when it can: it must be an absolute http(s) URL without
    /// a user name or password (they would be published in every absolute link) and without a query or fragment (every
    /// page address is made by appending a path to it).
    /// </summary>
    public static string? BaseUrlProblem(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"{name} '{text}' is not an absolute http(s) URL. Write it like https://example.github.io/chronicle/.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return $"{name} holds a user name or password ('{uri.UserInfo.Split(':')[0]}@…'), which would be published in every feed, sitemap and canonical link. Remove the part before '@'.";
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal))
        {
            return $"{name} '{text}' has a query or fragment ('?…' or '#…'); page addresses are made by adding a path to it. Remove everything from the '?' or '#'.";
        }

        return null;
    }

    /// <summary>Base URLs always end in '/', so relative links resolve under the sub-path.</summary>
    public static Uri NormalizeBaseUrl(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var builder = new UriBuilder(uri) { Query = "", Fragment = "" };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        return builder.Uri;
    }

    private SitePaths ReadPaths(YamlMappingNode? paths)
    {
        if (paths is null)
        {
            return SitePaths.Default;
        }

        var d = SitePaths.Default;
        return new SitePaths(
            RelativePath(paths, "seeds") ?? d.Seeds,
            RelativePath(paths, "templates") ?? d.Templates,
            RelativePath(paths, "output") ?? d.Output,
            RelativePath(paths, "content") ?? d.Content);
    }

    private string? RelativePath(YamlMappingNode map, string key)
    {
        var value = OptionalString(map, key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(Child(map, key)!.Start, $"paths.{key} is empty. Give a folder relative to the configuration file.");
            return null;
        }

        return value;
    }

    private AnniversarySettings ReadAnniversary(YamlMappingNode? node)
    {
        if (node is null)
        {
            return AnniversarySettings.Default;
        }

        var d = AnniversarySettings.Default;
        var established = OptionalDate(node, "relations_established") ?? d.RelationsEstablished;
        var number = OptionalInt(node, "number", 1, 1000) ?? d.Number;
        var year = OptionalInt(node, "year", 1, 9999) ?? established.Year + number;
        if (year != established.Year + number)
        {
            Error(Child(node, "year")?.Start ?? node.Start,
                $"anniversary.year {year} is not {established.Year} + {number}. Fix the year or the number.");
        }

        var title = OptionalString(node, "title") ?? string.Create(CultureInfo.InvariantCulture, $"{number} years of diplomatic relations");
        return new AnniversarySettings(established, year, number, title) { Countries = ReadCountries(node) };
    }

    /// <summary>anniversary.countries: exactly two different names, the page's "A and B established diplomatic relations".</summary>
    private List<string> ReadCountries(YamlMappingNode anniversary)
    {
        var node = Child(anniversary, "countries");
        if (node is null)
        {
            return [];
        }

        var names = StringList(anniversary, "countries").Select(n => n.Trim()).ToList();
        if (node is YamlSequenceNode sequence && sequence.Children.Count == names.Count
            && (names.Count != 2 || string.Equals(names[0], names[1], StringComparison.OrdinalIgnoreCase)))
        {
            Error(node.Start, $"anniversary.countries must name the two countries whose relations the site follows, each once, like `countries: [Vietnam, Japan]`; it has {names.Count switch { 2 => "the same name twice", 1 => "one name", _ => names.Count.ToString(CultureInfo.InvariantCulture) + " names" }}.");
            return [];
        }

        return names.Count == 2 ? names : [];
    }

    private ReferenceEvent? ReadReferenceEvent(YamlMappingNode node)
    {
        CheckKeys(node, ["id", "name", "date", "keywords"], "a reference event");
        var name = RequiredString(node, "name");
        var date = RequiredDate(node, "date");
        var keywords = StringList(node, "keywords");
        if (name is null || date is null)
        {
            return null;
        }

        var id = OptionalString(node, "id") ?? Slug.From(name);
        return new ReferenceEvent(id, name, date.Value, keywords.Count > 0 ? keywords : [name]);
    }

    private Milestone? ReadMilestone(YamlMappingNode node)
    {
        CheckKeys(node, ["date", "title", "description"], "a milestone");
        var title = RequiredString(node, "title");
        var dateNode = Child(node, "date");
        PartialDate? date = null;
        if (dateNode is null)
        {
            Error(node.Start, "this milestone has no date. Add `date: YYYY-MM-DD` (or YYYY-MM, or YYYY).");
        }
        else if (Scalar(dateNode, "date") is { } text)
        {
            if (PartialDate.TryParse(text, out var parsed))
            {
                date = parsed;
            }
            else
            {
                Error(dateNode.Start, $"'{text}' is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY.");
            }
        }

        return title is null || date is null ? null : new Milestone(date.Value, title, OptionalString(node, "description") ?? "");
    }

    private TopicDefinition? ReadTopic(YamlMappingNode node)
    {
        CheckKeys(node, ["id", "name", "keywords"], "a topic");
        var name = RequiredString(node, "name");
        var keywords = StringList(node, "keywords");
        if (name is null)
        {
            return null;
        }

        return new TopicDefinition(OptionalString(node, "id") ?? Slug.From(name), name, keywords.Count > 0 ? keywords : [name]);
    }

    private PersonEntry? ReadPerson(YamlMappingNode node)
    {
        CheckKeys(node, ["id", "name", "native", "country", "aliases", "roles"], "a person");
        var name = RequiredString(node, "name");
        if (name is null)
        {
            return null;
        }

        var idNode = Child(node, "id");
        var id = OptionalString(node, "id") ?? Slug.From(name);
        if (!Slug.IsSafe(id))
        {
            Error(idNode?.Start ?? Child(node, "name")!.Start, idNode is not null
                ? $"person id '{id}' may only hold lowercase letters, digits and '-' (at most {Slug.MaxSafeLength}), and start and end with a letter or digit."
                : $"the name '{name}' gives no usable page address (its id is made of its Latin letters). Add `id:` in Latin letters, e.g. `id: yamada-taro`.");
        }

        var (roles, tenures) = ReadRoles(node);
        return new PersonEntry(id, name, OptionalString(node, "native"), OptionalString(node, "country"),
            StringList(node, "aliases"), roles)
        {
            Tenures = tenures,
        };
    }

    /// <summary>
    /// A person's roles: each either a string ("President of Vietnam (2024)") or an office with its tenure
    /// (<c>{office: President of Vietnam, from: 2024-05-22, to: 2024-10-21}</c>; from and to may be YYYY, YYYY-MM or YYYY-MM-DD).
    /// </summary>
    private (List<string> Roles, List<OfficeTenure> Tenures) ReadRoles(YamlMappingNode person)
    {
        var roles = new List<string>();
        var tenures = new List<OfficeTenure>();
        if (Child(person, "roles") is not YamlSequenceNode sequence)
        {
            roles = StringList(person, "roles");
            return (roles, roles.SelectMany(OfficeTenure.FromRole).ToList());
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                roles.Add(text);
                tenures.AddRange(OfficeTenure.FromRole(text));
                continue;
            }

            if (item is not YamlMappingNode map)
            {
                Error(item.Start, "a role must be a text (\"President of Vietnam (2024)\") or an office with dates ({office: …, from: YYYY-MM-DD, to: YYYY-MM-DD}).");
                continue;
            }

            CheckKeys(map, ["office", "from", "to"], "a role");
            var office = RequiredString(map, "office");
            var from = TenureDate(map, "from");
            var to = TenureDate(map, "to");
            if (office is null)
            {
                continue;
            }

            if (from is { } f && to is { } t && t < f)
            {
                Error(Child(map, "to")!.Start, $"this role ends ({t}) before it starts ({f}). Swap or fix the dates.");
            }

            var tenure = new OfficeTenure(office, from, to);
            tenures.Add(tenure);
            // Pages show roles as the short form does: years only.
            roles.Add((from, to) switch
            {
                (null, null) => office,
                ({ } start, { } end) when start.Year == end.Year => $"{office} ({start.Year})",
                _ => $"{office} ({from?.Year.ToString(CultureInfo.InvariantCulture) ?? ""}–{to?.Year.ToString(CultureInfo.InvariantCulture) ?? ""})",
            });
        }

        return (roles, tenures);
    }

    private PartialDate? TenureDate(YamlMappingNode map, string key)
    {
        if (Child(map, key) is not { } node || Scalar(node, key) is not { Length: > 0 } text)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Error(node.Start, $"'{text}' is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY.");
        return null;
    }

    private void CheckAliases(YamlMappingNode map, IReadOnlyList<PersonEntry> people)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (var spelling in person.Aliases.Prepend(person.Name).Append(person.Native ?? ""))
            {
                if (string.IsNullOrWhiteSpace(spelling))
                {
                    continue;
                }

                var key = AsciiFolding.Fold(spelling).Trim();
                if (owners.TryGetValue(key, out var owner) && owner != person.Id)
                {
                    Error(Child(map, "people")!.Start,
                        $"the name '{spelling}' is given to both '{owner}' and '{person.Id}'. A name must point to one person; remove it from one of them.");
                }
                else
                {
                    owners[key] = person.Id;
                }
            }
        }
    }

    private void CheckUnique(YamlMappingNode map, string key, IEnumerable<string> ids, string what)
    {
        foreach (var group in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(Child(map, key)!.Start, $"{what} '{group.Key}' is used {group.Count()} times. Ids must be unique; give one of them an explicit `id:`.");
        }
    }

    private List<T> ReadList<T>(YamlMappingNode map, string key, Func<YamlMappingNode, T?> read)
        where T : class
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node.Start, $"{key} must be a list (each item starting with '- ').");
            return [];
        }

        var items = new List<T>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode itemMap)
            {
                Error(item.Start, $"each item of {key} must be a mapping (name: …, …).");
                continue;
            }

            if (read(itemMap) is { } value)
            {
                items.Add(value);
            }
        }

        return items;
    }

    private void CheckKeys(YamlMappingNode map, string[] allowed, string where)
    {
        foreach (var (keyNode, _) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = allowed.OrderBy(a => EditDistance(a, key)).First();
                var hint = EditDistance(suggestion, key) <= 3 ? $" Did you mean '{suggestion}'?" : "";
                Error(keyNode.Start, $"unknown key '{key}' in {where}.{hint} Allowed: {string.Join(", ", allowed)}.");
            }
        }
    }

    private YamlMappingNode? Mapping(YamlMappingNode map, string key, string[] allowed)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode child)
        {
            Error(node.Start, $"{key} must be a mapping of keys ({string.Join(", ", allowed)}).");
            return null;
        }

        CheckKeys(child, allowed, key);
        return child;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node.Start, $"{key} must be a single value, not a list or mapping.");
        return null;
    }

    private string? RequiredString(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            Error(map.Start, $"{key} is missing here. Add `{key}: …`.");
            return null;
        }

        var value = Scalar(node, key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(node.Start, $"{key} is empty. Give it a value.");
            return null;
        }

        return value;
    }

    private string? OptionalString(YamlMappingNode map, string key) =>
        Child(map, key) is { } node ? Scalar(node, key) : null;

    private Uri? OptionalUrl(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null || Scalar(node, key) is not { } text || text.Length == 0)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            if (uri.UserInfo.Length > 0)
            {
                Error(node.Start, $"{key} holds a user name or password (the part before '@'), which would be published on every article page. Remove it.");
                return null;
            }

            return uri;
        }

        Error(node.Start, $"{key} '{text}' is not an absolute http(s) URL; it becomes a link on every article page. Write it like https://github.com/owner/repository.");
        return null;
    }

    private int? OptionalInt(YamlMappingNode map, string key, int min, int max)
    {
        var node = Child(map, key);
        if (node is null || Scalar(node, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node.Start, $"{key} must be a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    private DateOnly? RequiredDate(YamlMappingNode map, string key)
    {
        if (Child(map, key) is null)
        {
            Error(map.Start, $"{key} is missing here. Add `{key}: YYYY-MM-DD`.");
            return null;
        }

        return OptionalDate(map, key);
    }

    private DateOnly? OptionalDate(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null || Scalar(node, key) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node.Start, $"{key} '{text}' is not a date. Write it as YYYY-MM-DD, e.g. 1973-09-21.");
        return null;
    }

    private List<string> StringList(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        values.Add(value);
                    }
                    else
                    {
                        Error(item.Start, $"each item of {key} must be a non-empty text.");
                    }
                }

                return values;
            default:
                Error(node.Start, $"{key} must be a list, like `{key}: [first, second]`.");
                return [];
        }
    }

    private void Error(Mark mark, string message) =>
        _problems.Add(Diagnostic.Error(_file, (int)mark.Line, (int)mark.Column, message));

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic already carries the position.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 ? message[(index + 3)..] : message;
        return text.EndsWith('.') ? text : text + ".";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
