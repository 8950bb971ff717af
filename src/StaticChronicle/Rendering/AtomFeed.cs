using System.Globalization;
using System.Text;
using System.Xml;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>
/// Atom feeds: the site's (feed.xml, the newest <see cref="MaxEntries"/> articles) and one per topic and per person
/// (topics/oda/feed.xml, the newest <see cref="TermEntries"/>), newest first. No clock: <c>&lt;updated&gt;</c> is the newest article's date with
/// the number of articles as its seconds, so it moves when an article is added, even one dated in the past,
/// and two builds of the same seeds give the same bytes.
/// </summary>
public static class AtomFeed
{
    public const int MaxEntries = 50;

    /// <summary>Entries of a topic's or a person's feed: a reader follows a term for what is new, and a site has hundreds of them.</summary>
    public const int TermEntries = 10;

    /// <summary>The site's feed, of every article.</summary>
    public static string Write(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var info = model.Info;
        return Write(info, info.Title, info.Description, info.AbsoluteFeedUrl, info.BaseUrl, model.Articles, MaxEntries);
    }

    /// <summary>A topic's or a person's feed: <paramref name="articles"/> oldest first, as the site model keeps them.</summary>
    public static string Write(SiteInfo info, string title, string subtitle, string selfUrl, string pageUrl, IReadOnlyList<ArticleEntry> articles, int maxEntries = TermEntries)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(articles);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriter(builder), settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, info.Language);
            xml.WriteElementString("title", ns, title);
            if (subtitle.Length > 0)
            {
                xml.WriteElementString("subtitle", ns, subtitle);
            }

            Link(xml, ns, "self", selfUrl, "application/atom+xml");
            Link(xml, ns, "alternate", pageUrl, "text/html");
            xml.WriteElementString("id", ns, pageUrl);
            xml.WriteElementString("updated", ns, Updated(articles));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, info.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", ns, "StaticChronicle");

            for (var i = articles.Count - 1; i >= 0 && i >= articles.Count - maxEntries; i--)
            {
                var article = articles[i];
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, article.Title);
                Link(xml, ns, "alternate", article.AbsoluteUrl);
                xml.WriteElementString("id", ns, article.AbsoluteUrl);
                xml.WriteElementString("published", ns, Timestamp(article.DateIso));
                xml.WriteElementString("updated", ns, Timestamp(article.DateIso));
                foreach (var topic in article.Topics)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", topic.Id);
                    xml.WriteAttributeString("label", topic.Name);
                    xml.WriteEndElement();
                }

                if (article.Summary.Length > 0)
                {
                    xml.WriteElementString("summary", ns, article.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// The feed's <c>&lt;updated&gt;</c>: the newest article's date plus one second per article. An article added with
    /// an old date leaves the newest date alone but adds a second, so feed readers see the feed change; nothing
    /// here depends on the clock or the machine.
    /// </summary>
    public static string Updated(IReadOnlyList<ArticleEntry> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var newest = articles.Count == 0 ? "1970-01-01" : articles.Select(a => a.DateIso).Max(StringComparer.Ordinal)!;
        var date = DateTime.ParseExact(newest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return date.AddSeconds(articles.Count).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string Timestamp(string isoDate) => isoDate + "T00:00:00Z";

    private static void Link(XmlWriter xml, string ns, string rel, string href, string? type = null)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
