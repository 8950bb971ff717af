using System.Buffers;

namespace StaticChronicle.Rendering;

/// <summary>
/// <c>html.escape</c> in templates: escapes only what HTML needs escaped in text and in quoted attributes
/// (<c>&amp; &lt; &gt; " '</c>). Scriban's own escape (.NET's <c>WebUtility.HtmlEncode</c>) also writes every
/// character from U+00A0 to U+00FF as a numeric reference, which turns "Phú" into "Ph&amp;#250;": six bytes for
/// two in every Vietnamese name of every listing, and a page that is UTF-8 needs none of them.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var at = text.AsSpan().IndexOfAny(Special);
        if (at < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (at >= 0)
        {
            builder.Append(rest[..at]);
            builder.Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(at + 1)..];
            at = rest.IndexOfAny(Special);
        }

        return builder.Append(rest).ToString();
    }
}
