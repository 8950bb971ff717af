using System.Text.Json;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>
/// timeline.json in TimelineJS's format: a title slide, one event per article and milestone, the eras.
/// TimelineJS renders headline and text as HTML, so seed text is HTML-escaped inside the JSON, with only
/// the characters HTML needs (a character reference such as <c>&amp;#234;</c> shows literally in any consumer that
/// reads the text as text). Links are absolute: the file is meant to be embedded on other hosts.
/// </summary>
public static class TimelineJson
{
    public static string Write(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var events = new List<TimelineEvent>();
        foreach (var m in model.Milestones)
        {
            events.Add(new TimelineEvent(
                Date(m.DateIso),
                new TimelineText(Html(m.Title), Html(m.Description)),
                "Milestones",
                m.Anchor,
                Autolink: false));
        }

        foreach (var a in model.Articles)
        {
            var text = $"{Html(a.Summary)} <a href=\"{Html(a.AbsoluteUrl)}\">Read the article</a>";
            events.Add(new TimelineEvent(Date(a.DateIso), new TimelineText(Html(a.Title), text), "Articles", a.Slug, Autolink: false));
        }

        var eras = new List<TimelineEra>();
        for (var i = 0; i + 1 < model.Milestones.Count; i++)
        {
            eras.Add(new TimelineEra(Date(model.Milestones[i].DateIso), Date(model.Milestones[i + 1].DateIso),
                new TimelineText(Html(model.Milestones[i].Title), null)));
        }

        var document = new TimelineDocument(
            new TimelineTitle(new TimelineText(Html(model.Info.Title), Html(model.Info.Description))),
            events,
            eras);
        return JsonSerializer.Serialize(document, JsonText.Context.TimelineDocument) + "\n";
    }

    private static TimelineDate Date(string iso)
    {
        var parts = iso.Split('-');
        return new TimelineDate(
            int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null,
            parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    // Text and double-quoted attribute values need only these four; everything else stays the character it is.
    private static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    internal sealed record TimelineDocument(TimelineTitle Title, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEra> Eras);

    internal sealed record TimelineTitle(TimelineText Text);

    internal sealed record TimelineEvent(TimelineDate StartDate, TimelineText Text, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Group, string UniqueId, bool Autolink);

    internal sealed record TimelineEra(TimelineDate StartDate, TimelineDate EndDate, TimelineText Text);

    internal sealed record TimelineText(
        string Headline,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Text);

    internal sealed record TimelineDate(
        int Year,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Month,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Day);
}
