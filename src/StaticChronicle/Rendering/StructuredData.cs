using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticChronicle.Rendering.Cards;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>schema.org JSON-LD for articles (NewsArticle) and people (Person), built as JSON, never by string pasting.</summary>
public static class StructuredData
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The NewsArticle of every article page, written straight to JSON (no JSON tree: one per article adds up).</summary>
    /// <param name="imageUrl">The absolute URL of the card the page shares (its own, or the site's under <c>social_cards: sections</c>).</param>
    public static string NewsArticle(SiteInfo site, ArticleEntry article, string imageUrl)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(imageUrl);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_writer;
        if (json is null)
        {
            json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder, Indented = false });
            t_writer = json;
        }
        else
        {
            json.Reset(buffer);
        }

        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", article.Title);
        json.WriteString("datePublished", article.DateIso);
        // No mainEntityOfPage (the url again) and no description (the page's meta description already says it):
        // ten thousand articles repeat every byte of this block.
        json.WriteString("url", article.AbsoluteUrl);
        json.WriteString("inLanguage", site.Language);

        // The page's social card: search engines want an image of a NewsArticle.
        json.WriteStartObject("image");
        json.WriteString("@type", "ImageObject");
        json.WriteString("url", imageUrl);
        json.WriteNumber("width", CardRenderer.Width);
        json.WriteNumber("height", CardRenderer.Height);
        json.WriteEndObject();
        if (article.OriginalUrl is { Length: > 0 } original)
        {
            // The report this article retells, where extraction or front matter found its address.
            json.WriteString("isBasedOn", original);
        }

        json.WriteStartArray("mentions");
        foreach (var person in article.People)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", person.Name);
            json.WriteString("url", site.BaseUrl + person.Url[site.BasePath.Length..]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("contentLocation");
        foreach (var place in article.Places)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Place");
            json.WriteString("name", place);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        // The chronicle retells the reported event; the credit for the retelling is the site's (author and
        // publisher are what search engines require of a NewsArticle).
        WriteSiteOrganization(json, "author", site);
        WriteSiteOrganization(json, "publisher", site);
        json.WriteEndObject();
        json.Flush();
        return JsonText.ScriptSafe(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteSiteOrganization(Utf8JsonWriter json, string property, SiteInfo site)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", site.Title);
        json.WriteString("url", site.BaseUrl);
        json.WriteEndObject();
    }

    public static string Person(SiteInfo site, PersonProfile person)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(person);
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Person",
            ["name"] = person.Name,
            ["url"] = person.AbsoluteUrl,
        };
        if (person.Native is { Length: > 0 } native)
        {
            node["alternateName"] = native;
        }

        if (person.Registered)
        {
            node["nationality"] = new JsonObject { ["@type"] = "Country", ["name"] = person.Country };
        }

        if (person.KnownRoles.Count > 0)
        {
            node["jobTitle"] = new JsonArray(person.KnownRoles.Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
        }

        return JsonText.ForScript(node);
    }
}
