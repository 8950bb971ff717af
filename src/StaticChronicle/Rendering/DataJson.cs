using System.Text.Json;
using System.Text.Json.Serialization;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>data/articles.json and data/people.json: the extracted facts for other tools, in a stable shape and order.</summary>
public static class DataJson
{
    public static string Articles(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = model.Articles.Select(a => new ArticleRow(
            a.Slug, a.AbsoluteUrl, a.Title, a.TitleGenerated, a.DateIso, a.DateKind, a.DateEvidence, a.Summary,
            a.People.Select(p => new PersonRef(p.Id, p.Name)).ToList(),
            a.Places,
            a.Topics.Select(t => t.Id).ToList(),
            a.MentionsAnniversary,
            a.SourcePath));
        return JsonSerializer.Serialize(rows, JsonText.Context.IEnumerableArticleRow) + "\n";
    }

    public static string People(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = model.People
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PersonRow(
                p.Id, p.Name, p.Native, p.Country, p.Registered, p.AbsoluteUrl, p.Count,
                p.First.DateIso, p.Last.DateIso,
                p.Roles.Select(r => new RoleRow(r.Role, r.FirstDateIso, r.LastDateIso)).ToList(),
                p.Appearances.Select(x => x.Article.Slug).ToList()));
        return JsonSerializer.Serialize(rows, JsonText.Context.IEnumerablePersonRow) + "\n";
    }

    internal sealed record PersonRef(string Id, string Name);

    internal sealed record ArticleRow(
        string Slug, string Url, string Title, bool TitleGenerated, string Date, string DateKind, string DateEvidence, string Summary,
        IReadOnlyList<PersonRef> People, IReadOnlyList<string> Places, IReadOnlyList<string> Topics,
        [property: JsonPropertyName("mentions_50th_anniversary")] bool Mentions50thAnniversary,
        string SourcePath);

    internal sealed record RoleRow(string Role, string FirstSeen, string LastSeen);

    internal sealed record PersonRow(
        string Id, string Name, string? Native, string Country, bool Registered, string Url, int Appearances,
        string FirstAppearance, string LastAppearance, IReadOnlyList<RoleRow> Roles, IReadOnlyList<string> Articles);
}
