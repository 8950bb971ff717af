using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StaticChronicle.Rendering;

/// <summary>
/// The serialisers for every JSON shape the site writes, generated at compile time: no reflection at run time,
/// so the same code runs in a natively compiled chronicle, and nothing is worked out per type on each start.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IEnumerable<DataJson.ArticleRow>))]
[JsonSerializable(typeof(IEnumerable<DataJson.PersonRow>))]
[JsonSerializable(typeof(TimelineJson.TimelineDocument))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SiteJsonContext : JsonSerializerContext;
