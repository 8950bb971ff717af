using System.Text;
using System.Xml;

namespace StaticChronicle.Rendering;

/// <summary>sitemap.xml: the absolute URL of every page, in the order the pages were planned.</summary>
public static class Sitemap
{
    public static string Write(IEnumerable<string> absoluteUrls)
    {
        ArgumentNullException.ThrowIfNull(absoluteUrls);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(builder), settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var url in absoluteUrls)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
