using System.Text;
using System.Xml;

namespace StaticChronicle.Rendering;

/// <summary>
/// sitemap.xml: the absolute URL of every page, in the order the pages were planned, with <c>lastmod</c>
/// where the page shows dated articles (as Hugo does by default, the newest date it shows: a build never
/// stamps the clock, so two builds of the same input stay identical).
/// </summary>
public static class Sitemap
{
    public static string Write(IEnumerable<(string AbsoluteUrl, string? LastModifiedIso)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(builder), settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is not null)
                {
                    xml.WriteElementString("lastmod", ns, lastModified);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
