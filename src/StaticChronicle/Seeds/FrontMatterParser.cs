using System.Globalization;
using StaticChronicle.Diagnostics;
using StaticChronicle.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Seeds;

/// <summary>Splits a seed's leading <c>---</c> … <c>---</c> block off its text and reads the override fields in it.</summary>
public static class FrontMatterParser
{
    public static readonly string[] Keys = ["title", "date", "people", "places", "topics", "summary", "slug", "draft", "aliases", "met", "event_place", "source"];

    /// <summary>Splits <paramref name="text"/> (LF line endings); problems name file lines.</summary>
    public static (SeedFrontMatter FrontMatter, string Body, int FirstTextLine, List<Diagnostic> Problems) Split(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<Diagnostic>();
        if (!IsFence(FirstLine(text), "---"))
        {
            return (SeedFrontMatter.Empty, text, 1, problems);
        }

        var lines = text.Split('\n');
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i], "---") || IsFence(lines[i], "..."))
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            problems.Add(Diagnostic.Error(file, 1, 1,
                "the front matter opened with '---' on line 1 is never closed. Add a line holding only '---' after the last field."));
            return (SeedFrontMatter.Empty, "", 1, problems);
        }

        var yaml = string.Join('\n', lines, 1, close - 1);
        var body = string.Join('\n', lines, close + 1, lines.Length - close - 1);
        var frontMatter = Parse(yaml, file, problems);
        return (frontMatter, body, close + 2, problems);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static bool IsFence(string line, string fence) => line.TrimEnd() == fence;

    private static SeedFrontMatter Parse(string yaml, string file, List<Diagnostic> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        // YamlDotNet throws InvalidOperationException for some unclosed flow lists (a '[' never closed before the end).
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The YAML starts on file line 2, after the opening fence. YamlDotNet notices an unclosed '[' or '"' only
            // where the text ends, so the opening one is looked for first: that is where the editor must look.
            if (UnclosedBracket.Find(yaml) is { } open)
            {
                var what = open.Bracket switch
                {
                    '[' => "the list opened with '[' here is never closed. End it with ']' on the same line, like `people: [Vo Van Thuong, Kishida Fumio]`.",
                    '{' => "the '{' here is never closed by '}'. End it on the same line, or write the field as `key: value` lines.",
                    _ => $"the text opened with {open.Bracket} here is never closed. End it with {open.Bracket} before the end of the line.",
                };
                problems.Add(Diagnostic.Error(file, open.Line + 1, open.Column, $"the front matter is not valid YAML: {what}"));
                return SeedFrontMatter.Empty;
            }

            if (e is not YamlException yamlError)
            {
                problems.Add(Diagnostic.Error(file, 2, 1,
                    "the front matter is not valid YAML. Check the quoting and brackets of its fields: every field is `key: value` at the start of a line, lists are `[a, b]` or `- item` lines."));
                return SeedFrontMatter.Empty;
            }

            var message = YamlMessage(yamlError);
            var hint = message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
                ? "A value holding ': ' must be quoted: `title: \"Vietnam: a new chapter\"`."
                : "Check the quoting and indentation of this line: every field is `key: value` at the start of a line, lists are `[a, b]` or `- item` lines.";
            problems.Add(Diagnostic.Error(file, (int)yamlError.Start.Line + 1, (int)yamlError.Start.Column,
                $"the front matter is not valid YAML: {message} {hint}"));
            return SeedFrontMatter.Empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return SeedFrontMatter.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Add(Diagnostic.Error(file, 2, 1, "the front matter must be `key: value` lines (title:, date:, people:, …)."));
            return SeedFrontMatter.Empty;
        }

        var reader = new FieldReader(file, problems);
        var result = new SeedFrontMatter();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line + 1;
            lines[key] = line;
            result = key switch
            {
                "title" => result with { Title = reader.Text(key, value) },
                "summary" => result with { Summary = reader.Text(key, value) },
                "date" => result with { Date = reader.Date(key, value) },
                "people" => reader.People(key, value, result),
                "met" => result with { Met = reader.Met(key, value) },
                "event_place" => result with { EventPlaceSet = true, EventPlace = reader.Place(value) },
                "source" => result with { Source = reader.Source(key, value) },
                "places" => result with { Places = reader.List(key, value) },
                "topics" => result with { Topics = reader.List(key, value) },
                "slug" => result with { Slug = reader.SlugValue(key, value) },
                "draft" => result with { Draft = reader.Boolean(key, value) },
                "aliases" => result with { Aliases = reader.Aliases(key, value) },
                _ => reader.Unknown(key, keyNode, result),
            };
        }

        return result with { Lines = lines, ItemPositions = reader.Positions };
    }

    private static string YamlMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic already carries the position.
        var index = e.Message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 ? e.Message[(index + 3)..] : e.Message;
        return text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>Reads one field's value, reporting a wrong shape at the value's file line.</summary>
    private sealed class FieldReader(string file, List<Diagnostic> problems)
    {
        /// <summary>File positions of the items of each list read, in order.</summary>
        public Dictionary<string, IReadOnlyList<(int Line, int Column)>> Positions { get; } = new(StringComparer.Ordinal);

        public string? Text(string key, YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                if (string.IsNullOrWhiteSpace(scalar.Value))
                {
                    Error(node, $"front-matter `{key}` is empty. Give it a value or remove the line.");
                    return null;
                }

                return scalar.Value.Trim();
            }

            Error(node, $"front-matter `{key}` must be a single text value, like `{key}: \"…\"`.");
            return null;
        }

        public DateOnly? Date(string key, YamlNode node)
        {
            var text = Text(key, node);
            if (text is null)
            {
                return null;
            }

            // Hugo and Jekyll also accept a full timestamp; the day is what the chronicle needs.
            var day = text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
            if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(node, $"front-matter date '{text}' is not a date. Write it as `date: YYYY-MM-DD`, e.g. `date: 2023-09-21`.");
            return null;
        }

        public List<string>? List(string key, YamlNode node)
        {
            switch (node)
            {
                case YamlSequenceNode sequence:
                    var values = new List<string>();
                    var positions = new List<(int Line, int Column)>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                        {
                            values.Add(v.Trim());
                            positions.Add(PositionOf(item));
                        }
                        else
                        {
                            Error(item, $"each item of front-matter `{key}` must be a non-empty text, like `- Kishida Fumio`.");
                        }
                    }

                    Positions[key] = positions;
                    return values;
                case YamlScalarNode { Value: null or "" }:
                    return [];
                case YamlScalarNode { Style: ScalarStyle.Plain } scalar when scalar.Value!.Contains(',', StringComparison.Ordinal):
                    // Read as one value this would be one person named "A, B", with a page of their own.
                    var items = scalar.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    Error(node, $"front-matter `{key}` is one text, '{scalar.Value.Trim()}', not a list, so it would be read as one {(key == "people" ? "person" : "name")}. "
                        + $"Write a list: `{key}: [{string.Join(", ", items)}]`, or one `- item` line per {(key == "people" ? "person" : "item")} under `{key}:`.");
                    return null;
                case YamlScalarNode scalar:
                    // A single value is a one-item list; editors write `places: Hanoi`.
                    Positions[key] = [PositionOf(scalar)];
                    return [scalar.Value!.Trim()];
                default:
                    Error(node, $"front-matter `{key}` must be a list, like `{key}: [first, second]`.");
                    return null;
            }
        }

        public List<PageAlias>? Aliases(string key, YamlNode node)
        {
            var values = List(key, node);
            if (values is null)
            {
                return null;
            }

            var aliases = new List<PageAlias>();
            var positions = Positions.TryGetValue(key, out var known) ? known : [];
            for (var i = 0; i < values.Count; i++)
            {
                var (line, column) = i < positions.Count ? positions[i] : PositionOf(node);
                if (PageAlias.Normalize(values[i], out var problem) is { } path)
                {
                    aliases.Add(new PageAlias(path, line, column));
                }
                else
                {
                    problems.Add(Diagnostic.Error(file, line, column, $"front-matter alias '{values[i]}' {problem}."));
                }
            }

            return aliases;
        }

        /// <summary><c>people:</c> as names, or as mappings with <c>name</c>, <c>participant</c> and <c>role</c>.</summary>
        public SeedFrontMatter People(string key, YamlNode node, SeedFrontMatter current)
        {
            if (node is not YamlSequenceNode sequence || !sequence.Children.OfType<YamlMappingNode>().Any())
            {
                return current with { People = List(key, node) };
            }

            var names = new List<string>();
            var facts = new List<PersonOverride>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } plain } && !string.IsNullOrWhiteSpace(plain))
                {
                    names.Add(plain.Trim());
                    continue;
                }

                if (item is not YamlMappingNode map)
                {
                    Error(item, "each item of front-matter `people` must be a name, or `{name: …, participant: true|false, role: \"…\"}`.");
                    continue;
                }

                string? name = null;
                bool? participant = null;
                string? role = null;
                foreach (var (k, v) in map.Children)
                {
                    switch ((k as YamlScalarNode)?.Value)
                    {
                        case "name":
                            name = Text("people: name", v);
                            break;
                        case "participant":
                            participant = Boolean("people: participant", v);
                            break;
                        case "role":
                            role = v is YamlScalarNode { Value: null or "" or "~" or "null" or "none" } ? "" : Text("people: role", v);
                            break;
                        case "id" or "registered" or "roles":
                            // Written by `ingest`; a page copied back into a seed keeps them harmlessly.
                            break;
                        default:
                            Error(k, $"front-matter `people` items know `name`, `participant` and `role`, not '{(k as YamlScalarNode)?.Value}'.");
                            break;
                    }
                }

                if (name is null)
                {
                    Error(item, "this item of front-matter `people` has no `name:`. Write `- {name: Kishida Fumio, participant: true}`.");
                    continue;
                }

                names.Add(name);
                facts.Add(new PersonOverride(name, participant, role, (int)item.Start.Line + 1));
            }

            return current with { People = names, PersonFacts = facts };
        }

        /// <summary><c>met:</c> as a list of two-item lists, <c>- [Kishida Fumio, Vo Van Thuong]</c>.</summary>
        public List<MetOverride>? Met(string key, YamlNode node)
        {
            if (node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node, $"front-matter `{key}` must be a list of pairs, like `{key}: [[kishida-fumio, vo-van-thuong]]`.");
                return null;
            }

            var pairs = new List<MetOverride>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlSequenceNode { Children.Count: 2 } pair
                    && pair.Children[0] is YamlScalarNode { Value: { } a } && !string.IsNullOrWhiteSpace(a)
                    && pair.Children[1] is YamlScalarNode { Value: { } b } && !string.IsNullOrWhiteSpace(b))
                {
                    pairs.Add(new MetOverride(a.Trim(), b.Trim(), (int)item.Start.Line + 1, (int)item.Start.Column));
                }
                else
                {
                    Error(item, $"each item of front-matter `{key}` must be a pair of two people, like `- [kishida-fumio, vo-van-thuong]`.");
                }
            }

            return pairs;
        }

        /// <summary><c>event_place:</c> a place name, <c>online</c>, or empty / <c>none</c> for "the text does not say".</summary>
        public string? Place(YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                var value = scalar.Value?.Trim();
                return string.IsNullOrEmpty(value) || value is "~" or "null" or "none" ? null : value;
            }

            Error(node, "front-matter `event_place` must be one place, like `event_place: Hanoi` (or `online`, or `none`).");
            return null;
        }

        /// <summary><c>source:</c> a mapping of <c>publisher</c>, <c>url</c> (http or https) and <c>published</c> (YYYY-MM-DD).</summary>
        public SourceOverride? Source(string key, YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, $"front-matter `{key}` must be a mapping, like `{key}: {{publisher: VNA, url: \"https://…\", published: 2023-09-05}}`.");
                return null;
            }

            string? publisher = null;
            Uri? url = null;
            DateOnly? published = null;
            foreach (var (k, v) in map.Children)
            {
                switch ((k as YamlScalarNode)?.Value)
                {
                    case "publisher":
                        publisher = Text("source: publisher", v);
                        break;
                    case "url":
                        var text = Text("source: url", v);
                        if (text is not null)
                        {
                            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                            {
                                url = uri;
                            }
                            else
                            {
                                Error(v, $"front-matter `source: url` '{text}' is not a web address. Write the original article's address, starting with https://.");
                            }
                        }

                        break;
                    case "published":
                        published = Date("source: published", v);
                        break;
                    case "path":
                        // The seed's own path, as `ingest` writes it: nothing to override.
                        break;
                    default:
                        Error(k, $"front-matter `source` knows `publisher`, `url` and `published`, not '{(k as YamlScalarNode)?.Value}'.");
                        break;
                }
            }

            return new SourceOverride(publisher, url, published);
        }

        public string? SlugValue(string key, YamlNode node)
        {
            var text = Text(key, node);
            if (text is null)
            {
                return null;
            }

            if (Slug.IsSafe(text))
            {
                return text;
            }

            if (text.Length > Slug.MaxSafeLength)
            {
                Error(node, $"front-matter slug is {text.Length} characters long; at most {Slug.MaxSafeLength} fit in a page address. Shorten it, e.g. `slug: {Slug.From(text, 60)}`.");
                return null;
            }

            var suggestion = Slug.From(text);
            var hint = Slug.IsSafe(suggestion) ? $"write e.g. `slug: {suggestion}`" : "write e.g. `slug: vietnam-japan-summit`";
            Error(node, $"front-matter slug '{text}' is not usable: a slug holds lowercase letters, digits and '-' only, and starts and ends with a letter or digit (no '/', '.' or spaces); {hint}, or remove `slug:` to have one made from the title.");
            return null;
        }

        public bool? Boolean(string key, YamlNode node)
        {
            var text = Text(key, node);
            if (text is null)
            {
                return null;
            }

            if (bool.TryParse(text, out var value))
            {
                return value;
            }

            Error(node, $"front-matter `{key}` must be true or false, not '{text}'.");
            return null;
        }

        public SeedFrontMatter Unknown(string key, YamlNode keyNode, SeedFrontMatter current)
        {
            var suggestion = EditDistance.Closest(key, Keys, k => k) is { } near ? $" Did you mean '{near}'?" : "";
            problems.Add(Diagnostic.Warning(file, (int)keyNode.Start.Line + 1, (int)keyNode.Start.Column,
                $"front-matter key '{key}' is not one StaticChronicle reads; it is ignored.{suggestion} Known keys: {string.Join(", ", Keys)}."));
            return current;
        }

        /// <summary>A node's file position: the YAML starts on file line 2.</summary>
        private static (int Line, int Column) PositionOf(YamlNode node) => ((int)node.Start.Line + 1, (int)node.Start.Column);

        private void Error(YamlNode node, string message) =>
            problems.Add(Diagnostic.Error(file, (int)node.Start.Line + 1, (int)node.Start.Column, message));
    }
}
