using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StaticChronicle.Rendering;

/// <summary>
/// The one JSON style of the site: System.Text.Json, property order as declared, snake_case names,
/// readable non-ASCII, and HTML-significant characters (&lt; &gt; &amp; ' ") always escaped as \uXXXX —
/// which is what makes JSON-LD safe inside a script element.
/// </summary>
public static class JsonText
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    /// <summary>Serialises for a <c>&lt;script type="application/ld+json"&gt;</c> element; "&lt;/" can never appear.</summary>
    public static string ForScript<T>(T value)
    {
        return ScriptSafe(JsonSerializer.Serialize(value, Compact));
    }

    /// <summary>Compact JSON made safe for a script element.</summary>
    public static string ScriptSafe(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // The encoder already writes '<' as \u003C; this makes the guarantee independent of encoder settings.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
