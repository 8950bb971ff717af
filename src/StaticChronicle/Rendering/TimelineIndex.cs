using System.Text;
using System.Text.Json;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>
/// data/timeline-index.json: what the timeline filters need to narrow the whole chronicle on any page of the
/// paginated timeline, and nothing more. People and topics are listed once and referred to by position:
/// <c>{"people":[[id,name],…],"topics":[[id,name],…],"articles":[[slug,date,title,[person…],[topic…]],…]}</c>,
/// articles oldest first, people most seen first, the article's address being <c>articles/SLUG/</c>.
/// </summary>
public static class TimelineIndex
{
    /// <summary>Site-relative path of the index.</summary>
    public const string Path = "data/timeline-index.json";

    public static string Write(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder, Indented = false }))
        {
            json.WriteStartObject();
            json.WriteStartArray("people");
            foreach (var person in model.People)
            {
                people[person.Id] = people.Count;
                Pair(json, person.Id, person.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in model.Topics)
            {
                topics[topic.Id] = topics.Count;
                Pair(json, topic.Id, topic.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("articles");
            foreach (var article in model.Articles)
            {
                json.WriteStartArray();
                json.WriteStringValue(article.Slug);
                json.WriteStringValue(article.DateIso);
                json.WriteStringValue(article.Title);
                json.WriteStartArray();
                foreach (var person in article.People)
                {
                    if (people.TryGetValue(person.Id, out var index))
                    {
                        json.WriteNumberValue(index);
                    }
                }

                json.WriteEndArray();
                json.WriteStartArray();
                foreach (var topic in article.Topics)
                {
                    if (topics.TryGetValue(topic.Id, out var index))
                    {
                        json.WriteNumberValue(index);
                    }
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void Pair(Utf8JsonWriter json, string id, string name)
    {
        json.WriteStartArray();
        json.WriteStringValue(id);
        json.WriteStringValue(name);
        json.WriteEndArray();
    }
}
