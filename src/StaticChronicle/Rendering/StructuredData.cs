using System.Text.Json.Nodes;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>schema.org JSON-LD for articles (NewsArticle) and people (Person), built as JSON, never by string pasting.</summary>
public static class StructuredData
{
    public static string NewsArticle(SiteInfo site, ArticleEntry article)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(article);
        var mentions = new JsonArray();
        foreach (var person in article.People)
        {
            mentions.Add(new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = person.Name,
                ["url"] = site.BaseUrl + person.Url[site.BasePath.Length..],
            });
        }

        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["datePublished"] = article.DateIso,
            ["url"] = article.AbsoluteUrl,
            ["mainEntityOfPage"] = article.AbsoluteUrl,
            ["inLanguage"] = site.Language,
            ["description"] = article.Summary,
            ["mentions"] = mentions,
            ["contentLocation"] = new JsonArray(article.Places.Select(p => (JsonNode)new JsonObject { ["@type"] = "Place", ["name"] = p }).ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Title, ["url"] = site.BaseUrl },
        };
        return JsonText.ForScript(node);
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
