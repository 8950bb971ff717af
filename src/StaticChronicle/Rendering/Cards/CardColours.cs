using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// The social card's colours (0xRRGGBB), read from the site's stylesheet so the look has one source: the first
/// <c>:root</c> block of <c>templates/assets/style.css</c> (the light scheme). A <c>--card-background</c>,
/// <c>--card-accent</c>, <c>--card-ink</c> or <c>--card-muted</c> there wins over <c>--surface</c>, <c>--accent</c>,
/// <c>--ink</c> and <c>--muted</c>; a colour that is missing or not written <c>#rgb</c>/<c>#rrggbb</c> keeps its default.
/// </summary>
/// <param name="Background">The card's ground (<c>--surface</c>).</param>
/// <param name="Accent">The band and the site's name (<c>--accent</c>).</param>
/// <param name="Ink">The page's title (<c>--ink</c>).</param>
/// <param name="Muted">The kind of page and the address (<c>--muted</c>).</param>
public sealed partial record CardColours(int Background, int Accent, int Ink, int Muted)
{
    /// <summary>The stylesheet's light colours as shipped, for a site without a stylesheet.</summary>
    public static CardColours Default { get; } = new(0xF6F4EF, 0xA3161A, 0x1B1B1B, 0x595959);

    /// <summary>The stylesheet's path inside the templates folder.</summary>
    public const string StylesheetPath = "assets/style.css";

    /// <summary>The colours of the stylesheet in <paramref name="templatesDirectory"/>, or the defaults when there is none.</summary>
    public static CardColours FromTemplates(string templatesDirectory)
    {
        var path = Path.Combine(templatesDirectory, StylesheetPath);
        return File.Exists(path) ? FromStylesheet(File.ReadAllText(path)) : Default;
    }

    public static CardColours FromStylesheet(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var root = RootBlock().Match(css);
        if (!root.Success)
        {
            return Default;
        }

        var properties = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match property in CustomProperty().Matches(root.Groups["body"].Value))
        {
            if (ParseHex(property.Groups["value"].Value) is { } colour)
            {
                properties[property.Groups["name"].Value] = colour;
            }
        }

        int Pick(string card, string site, int fallback) =>
            properties.TryGetValue(card, out var a) ? a : properties.TryGetValue(site, out var b) ? b : fallback;

        return new CardColours(
            Pick("card-background", "surface", Default.Background),
            Pick("card-accent", "accent", Default.Accent),
            Pick("card-ink", "ink", Default.Ink),
            Pick("card-muted", "muted", Default.Muted));
    }

    private static int? ParseHex(string value)
    {
        var hex = value.Trim();
        if (!hex.StartsWith('#'))
        {
            return null;
        }

        hex = hex[1..];
        if (hex.Length == 3)
        {
            hex = string.Concat(hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]);
        }

        return hex.Length == 6 && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb) ? rgb : null;
    }

    [GeneratedRegex(@":root\s*\{(?<body>[^}]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RootBlock();

    [GeneratedRegex(@"--(?<name>[a-z0-9-]+)\s*:\s*(?<value>[^;]+);", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CustomProperty();
}
