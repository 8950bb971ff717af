using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>
/// A <see cref="CheckReport"/> as JSON for editors' tooling and scripts: one object per seed with every field
/// extracted (the front matter's fields, each with its evidence) and its messages with positions, also for a
/// seed that has errors. Field names are the front matter's.
/// </summary>
public static class CheckReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Render(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteStartArray("seeds");
            foreach (var seed in report.Seeds)
            {
                WriteSeed(json, seed);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSeed(Utf8JsonWriter json, CheckedSeed seed)
    {
        var article = seed.Article;
        var findings = seed.Findings;
        json.WriteStartObject();
        json.WriteString("file", seed.File);
        json.WriteBoolean("ok", !seed.HasErrors);

        if (seed.Title is null)
        {
            json.WriteNull("title");
        }
        else
        {
            json.WriteStartObject("title");
            json.WriteString("value", seed.Title);
            json.WriteBoolean("generated", seed.TitleGenerated);
            json.WriteString("evidence", seed.TitleGenerated ? "the text has no headline; made from the lede" : "the headline as written in the text");
            json.WriteEndObject();
        }

        if (seed.Date is null || article is null)
        {
            json.WriteNull("date");
        }
        else
        {
            json.WriteStartObject("date");
            json.WriteString("value", seed.Date);
            json.WriteString("kind", FrontMatterPage.KindName(article.DateKind));
            json.WriteString("evidence", article.DateEvidence);
            json.WriteEndObject();
        }

        json.WriteStartArray("date_candidates");
        foreach (var candidate in seed.DateCandidates)
        {
            json.WriteStartObject();
            json.WriteString("phrase", candidate.Phrase);
            json.WriteNumber("line", candidate.Line);
            json.WriteString("reason", candidate.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("people");
        foreach (var person in article?.People ?? findings?.People ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            json.WriteString("id", person.Id);
            json.WriteBoolean("registered", person.Registered);
            json.WriteStartArray("roles");
            foreach (var role in person.Roles)
            {
                json.WriteStringValue(role);
            }

            json.WriteEndArray();
            json.WriteString("evidence", person.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "places", article?.Places ?? findings?.Places ?? []);
        Strings(json, "topics", article?.Topics ?? findings?.Topics ?? []);
        if (article is not null)
        {
            json.WriteString("slug", article.Slug);
            json.WriteString("summary", article.Summary);
            json.WriteBoolean("mentions_50th_anniversary", article.MentionsFiftiethAnniversary);
            json.WriteBoolean("draft", article.Draft);
            json.WriteString("source", article.SourcePath);
        }

        json.WriteStartArray("messages");
        foreach (var problem in seed.Problems)
        {
            WriteMessage(json, problem);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, Diagnostic problem)
    {
        json.WriteStartObject();
        json.WriteString("severity", problem.IsError ? "error" : "warning");
        json.WriteString("file", problem.File);
        json.WriteNumber("line", problem.Line);
        json.WriteNumber("column", problem.Column);
        json.WriteString("message", problem.Message);
        json.WriteString("text", problem.ToString());
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
