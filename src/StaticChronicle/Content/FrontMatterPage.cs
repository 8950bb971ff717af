using System.Globalization;
using System.Text;
using StaticChronicle.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Content;

/// <summary>
/// An article as a Markdown page with YAML front matter, the shape Hugo and Jekyll read: their own keys
/// (<c>title</c>, <c>date</c>, <c>draft</c>, <c>slug</c>, <c>summary</c>) first, StaticChronicle's beside them.
/// </summary>
public static class FrontMatterPage
{
    /// <summary>The page text: <c>---</c>, YAML front matter, <c>---</c>, a blank line, the body.</summary>
    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var fields = new OrderedDictionary<string, object?>
        {
            ["title"] = article.Title,
            ["date"] = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["draft"] = article.Draft,
            ["slug"] = article.Slug,
            ["summary"] = article.Summary,
            ["title_generated"] = article.TitleGenerated,
            ["date_kind"] = KindName(article.DateKind),
            ["date_evidence"] = article.DateEvidence,
            ["people"] = article.People.Select(p => new OrderedDictionary<string, object?>
            {
                ["name"] = p.Name,
                ["id"] = p.Id,
                ["registered"] = p.Registered,
                ["participant"] = p.Participant,
                ["role"] = p.Role,
                ["roles"] = p.Roles.ToList(),
            }.WithoutNulls()).ToList(),
            ["met"] = article.Met.Select(m => new List<string> { m.First, m.Second }).ToList(),
            ["places"] = article.Places.ToList(),
            ["event_place"] = article.EventPlace,
            ["topics"] = article.Topics.ToList(),
            ["topic_reasons"] = article.TopicReasons.Select(r => new OrderedDictionary<string, object> { ["topic"] = r.Topic, ["reason"] = r.Reason }).ToList(),
            ["mentions_50th_anniversary"] = article.MentionsFiftiethAnniversary,
            ["source"] = new OrderedDictionary<string, object?>
            {
                ["path"] = article.SourcePath,
                ["publisher"] = article.Source.Publisher,
                ["url"] = article.Source.Url,
                ["published"] = article.Source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }.WithoutNulls(),
        }.WithoutNulls();
        var builder = new StringBuilder();
        builder.Append("---\n").Append(FrontMatterYaml.Write(fields)).Append("---\n\n");
        builder.Append(article.Body);
        if (!article.Body.EndsWith('\n'))
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads a page written by <see cref="Write"/> back into an article (people's evidence is not kept in pages).</summary>
    public static Article Read(string page, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(displayPath);
        var text = page.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw Problem(displayPath, 1, "a front-matter page must start with a line '---'.");
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            throw Problem(displayPath, 1, "the front matter is never closed by a line '---'.");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text[4..(close + 1)]));
        }
        catch (YamlException e)
        {
            throw Problem(displayPath, (int)e.Start.Line + 1, $"the front matter is not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw Problem(displayPath, 2, "the front matter must be a mapping of keys.");
        }

        var body = text[(close + 5)..].TrimStart('\n');
        var date = Scalar(map, "date");
        var source = map.Children.TryGetValue(new YamlScalarNode("source"), out var sourceNode) && sourceNode is YamlMappingNode sourceMap ? sourceMap : null;
        var published = source is null ? null : Scalar(source, "published");
        return new Article
        {
            SourcePath = (source is null ? Scalar(map, "source") : Scalar(source, "path")) ?? displayPath,
            Source = source is null
                ? ArticleSource.Unknown
                : new ArticleSource(Scalar(source, "publisher"), Scalar(source, "url"),
                    DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null),
            EventPlace = Scalar(map, "event_place"),
            Met = Sequence(map, "met").OfType<YamlSequenceNode>()
                .Where(pair => pair.Children.Count == 2)
                .Select(pair => MetPair.Of(((YamlScalarNode)pair.Children[0]).Value ?? "", ((YamlScalarNode)pair.Children[1]).Value ?? "", ""))
                .ToList(),
            TopicReasons = Sequence(map, "topic_reasons").OfType<YamlMappingNode>()
                .Select(r => new TopicReason(Scalar(r, "topic") ?? "", Scalar(r, "reason") ?? "")).ToList(),
            Slug = Scalar(map, "slug") ?? "",
            Title = Scalar(map, "title") ?? "",
            TitleGenerated = Scalar(map, "title_generated") == "true",
            Date = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Problem(displayPath, 0, $"date '{date}' is not a date (YYYY-MM-DD)."),
            DateKind = ParseKind(Scalar(map, "date_kind")),
            DateEvidence = Scalar(map, "date_evidence") ?? "",
            People = Sequence(map, "people").OfType<YamlMappingNode>().Select(p => new PersonMention(
                Scalar(p, "id") ?? "",
                Scalar(p, "name") ?? "",
                Scalar(p, "registered") == "true",
                Sequence(p, "roles").OfType<YamlScalarNode>().Select(r => r.Value ?? "").ToList(),
                "")
            {
                Participant = Scalar(p, "participant") != "false",
                Role = Scalar(p, "role"),
            }).ToList(),
            Places = Sequence(map, "places").OfType<YamlScalarNode>().Select(r => r.Value ?? "").ToList(),
            Topics = Sequence(map, "topics").OfType<YamlScalarNode>().Select(r => r.Value ?? "").ToList(),
            Summary = Scalar(map, "summary") ?? "",
            Body = body,
            MentionsFiftiethAnniversary = Scalar(map, "mentions_50th_anniversary") == "true",
            Draft = Scalar(map, "draft") == "true",
        };
    }

    /// <summary>The front-matter spelling of a date kind: <c>stated</c>, <c>inferred</c>, <c>front-matter</c>.</summary>
    public static string KindName(DateKind kind) => kind switch
    {
        DateKind.Stated => "stated",
        DateKind.Inferred => "inferred",
        DateKind.FrontMatter => "front-matter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static DateKind ParseKind(string? name) => name switch
    {
        "inferred" => DateKind.Inferred,
        "front-matter" => DateKind.FrontMatter,
        _ => DateKind.Stated,
    };

    /// <summary>The fields without the ones that have no value, so a page does not carry empty keys.</summary>
    private static OrderedDictionary<string, object> WithoutNulls(this OrderedDictionary<string, object?> fields)
    {
        var kept = new OrderedDictionary<string, object>();
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                kept.Add(key, value);
            }
        }

        return kept;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence ? sequence.Children : [];

    private static DiagnosticException Problem(string file, int line, string message) =>
        new([Diagnostic.Error(file, line, 0, message)]);
}
