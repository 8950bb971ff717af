using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>html</c> builtins.</summary>
internal static partial class HtmlFunctions
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string NewlineToBr(string? text) =>
        NewLine().Replace(text ?? string.Empty, "<br />\n");

    public static string Strip(string? text) => Tags().Replace(text ?? string.Empty, string.Empty);

    public static string UrlEncode(string? text) => Uri.EscapeDataString(text ?? string.Empty);

    public static string UrlEscape(string? text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text ?? string.Empty))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || "-_.~!*'();:@&=+$,/?#[]".Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("\r?\n")]
    private static partial Regex NewLine();

    [GeneratedRegex("<!--.*?-->|<script.*?</script>|<style.*?</style>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tags();
}
