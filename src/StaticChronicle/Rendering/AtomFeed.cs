using System.Text;
using System.Xml;
using StaticChronicle.Site;

namespace StaticChronicle.Rendering;

/// <summary>
/// feed.xml in Atom: the newest articles, newest first. <c>&lt;updated&gt;</c> is the newest article's
/// date, not the build time, so two builds of the same seeds give the same bytes.
/// </summary>
public static class AtomFeed
{
    public const int MaxEntries = 50;

    public static string Write(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var info = model.Info;
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriter(builder), settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, info.Language);
            xml.WriteElementString("title", ns, info.Title);
            if (info.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", ns, info.Description);
            }

            Link(xml, ns, "self", info.AbsoluteFeedUrl, "application/atom+xml");
            Link(xml, ns, "alternate", info.BaseUrl, "text/html");
            xml.WriteElementString("id", ns, info.BaseUrl);
            var newest = model.Articles.Count > 0 ? model.Articles[^1].DateIso : "1970-01-01";
            xml.WriteElementString("updated", ns, Timestamp(newest));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, info.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", ns, "StaticChronicle");

            for (var i = model.Articles.Count - 1; i >= 0 && i >= model.Articles.Count - MaxEntries; i--)
            {
                var article = model.Articles[i];
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
