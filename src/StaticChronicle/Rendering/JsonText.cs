using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace StaticChronicle.Rendering;

/// <summary>
/// The one JSON style of the site: System.Text.Json with generated serialisers, property order as declared, snake_case names,
/// readable non-ASCII, and HTML-significant characters (&lt; &gt; &amp; ' ") always escaped as \uXXXX —
/// which is what makes JSON-LD safe inside a script element.
/// </summary>
public static class JsonText
{
    /// <summary>Readable non-ASCII; HTML-significant characters escaped (the default encoder's rule, kept for every writer).</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Compact, snake_case, <see cref="Encoder"/>: the options every serialised shape of the site is written with.</summary>
    internal static SiteJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        Encoder = Encoder,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    });

    /// <summary>Serialises for a <c>&lt;script type="application/ld+json"&gt;</c> element; "&lt;/" can never appear.</summary>
    public static string ForScript(JsonObject value)
    {
        return ScriptSafe(JsonSerializer.Serialize(value, Context.JsonObject));
    }

    /// <summary>Compact JSON made safe for a script element.</summary>
    public static string ScriptSafe(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // The encoder already writes '<' as \u003C; this makes the guarantee independent of encoder settings.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
