namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// A page's sharing image (<c>page.card</c> in templates): the PNG the build draws at <see cref="OutputPath"/>
/// with the site's name, <see cref="Kicker"/> and <see cref="Heading"/>, shown by <c>og:image</c>.
/// </summary>
/// <param name="OutputPath">Path of the PNG relative to the output folder ('/' separated).</param>
/// <param name="Url">Its absolute URL (Open Graph asks for one).</param>
/// <param name="Kicker">The small line above the title: the article's date, "Person", "Topic"; empty for none.</param>
/// <param name="Heading">The large text: the page's title, or the site's description on the site card.</param>
/// <param name="Alt">What the image says, for <c>og:image:alt</c> (the title as written, before any folding).</param>
public sealed record SocialCard(string OutputPath, string Url, string Kicker, string Heading, string Alt)
{
    /// <summary>The file name of a page's card, beside its <c>index.html</c>; the site card is this file at the root.</summary>
    public const string FileName = "card.png";

    /// <summary>The absolute URL of the card of the page at <paramref name="absolutePageUrl"/> (a folder URL, ending in '/').</summary>
    public static string UrlBeside(string absolutePageUrl)
    {
        ArgumentNullException.ThrowIfNull(absolutePageUrl);
        return absolutePageUrl + FileName;
    }

    public int Width { get; init; } = CardRenderer.Width;
    public int Height { get; init; } = CardRenderer.Height;
}
