using System.Text;

namespace StaticChronicle.Extraction.Body;

/// <summary>Paragraphs → Markdown. Seed text is escaped so it can never become HTML, a link or a list by accident.</summary>
public static class MarkdownBody
{
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("\\`*_[]<>|&");

    public static string From(IEnumerable<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var builder = new StringBuilder(4096);
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            if (paragraph.IsHeading)
            {
                builder.Append("## ");
            }

            builder.Append(Escape(paragraph.Text)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Backslash-escapes what Markdown would read as markup: HTML, emphasis, links, code, and block markers at the start.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Markup) && !NeedsBlockEscape(text))
        {
            // Most sentences hold no markup at all: no copy.
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        // A paragraph starting with "#", "-", "+", "=" or "1." would become a heading, list or rule.
        if (builder.Length > 0 && builder[0] is '#' or '-' or '+' or '=' or '~')
        {
            builder.Insert(0, '\\');
        }
        else
        {
            var digits = 0;
            while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
            {
                builder.Insert(digits, '\\');
            }
        }

        return builder.ToString();
    }

    private static bool NeedsBlockEscape(string text)
    {
        if (text.Length > 0 && text[0] is '#' or '-' or '+' or '=' or '~')
        {
            return true;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')';
    }
}
