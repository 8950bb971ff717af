namespace StaticChronicle.Rendering.Cards;

/// <summary>One glyph's coverage (0–255 per pixel), placed relative to its origin on the baseline.</summary>
/// <param name="Left">Columns from the origin to the mask's first column.</param>
/// <param name="Top">Rows from the baseline to the mask's first row (negative: above it).</param>
internal sealed record GlyphMask(int Left, int Top, int Width, int Height, byte[] Coverage)
{
    public static GlyphMask Empty { get; } = new(0, 0, 0, 0, []);
}
