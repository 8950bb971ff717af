using System.Text;

namespace StaticChronicle.Seeds;

/// <summary>
/// Adds fields to a seed's front matter, leaving the rest of its text byte for byte as it was: into the block when the
/// seed has one, or as a new block above the text. <c>add</c> uses it to store the editor's answers and the slug it chose.
/// </summary>
public static class FrontMatterFields
{
    /// <summary>The seed's bytes with <paramref name="fields"/> (<c>key</c>, YAML value) added, in the seed's own line endings.</summary>
    public static byte[] Add(byte[] content, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            return content;
        }

        var bom = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var text = Encoding.UTF8.GetString(content, bom, content.Length - bom);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            lines.Append(key).Append(": ").Append(value).Append(newline);
        }

        var close = ClosingFence(text);
        var result = close < 0
            ? "---" + newline + lines + "---" + newline + text
            : text[..close] + lines + text[close..];
        return [.. content.AsSpan(0, bom), .. Encoding.UTF8.GetBytes(result)];
    }

    /// <summary>A text as a YAML double-quoted value: safe whatever it holds (': ', '#', quotes).</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' or '\r' or '\t' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Start of the line closing the seed's front matter, or -1 when the text does not start with a block.</summary>
    private static int ClosingFence(string text)
    {
        var position = 0;
        var first = true;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (first && line != "---")
            {
                return -1;
            }

            if (!first && line is "---" or "...")
            {
                return position;
            }

            first = false;
            position = end < 0 ? text.Length : end + 1;
        }

        return -1;
    }
}
