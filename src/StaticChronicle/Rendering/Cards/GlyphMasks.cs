using System.Collections.Concurrent;
using System.Numerics;
using SkiaSharp;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// Glyphs rasterised once per build and then stamped: Skia draws each glyph's outline into a coverage mask the first
/// time a size needs it, and every card after that places the masks itself, a copy per glyph instead of a trip
/// through Skia's blitters (which cost ~10 µs a glyph). Positions are whole pixels, from Skia's own advances.
/// </summary>
internal sealed class GlyphMasks
{
    private readonly ConcurrentDictionary<(bool Bold, float Size, ushort Glyph), GlyphMask> _masks = new();
    private readonly CardFont _font;

    public GlyphMasks(CardFont font) => _font = font;

    /// <summary>Stamps <paramref name="text"/> with its origin at (<paramref name="x"/>, <paramref name="baseline"/>) into a coverage buffer of <paramref name="width"/> columns.</summary>
    /// <returns>The rows it touched, as [first, end).</returns>
    public (int First, int End) Draw(SKFont font, bool bold, string text, float x, float baseline, Span<byte> coverage, int width)
    {
        var glyphs = font.GetGlyphs(text);
        var positions = font.GetGlyphPositions(glyphs, new SKPoint(x, baseline));
        var height = coverage.Length / width;
        var first = int.MaxValue;
        var end = int.MinValue;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var mask = _masks.GetOrAdd((bold, font.Size, glyphs[i]), key => Rasterise(key.Bold, key.Size, key.Glyph));
            if (mask.Width == 0)
            {
                continue;
            }

            var left = (int)MathF.Round(positions[i].X) + mask.Left;
            var top = (int)MathF.Round(positions[i].Y) + mask.Top;
            var from = Math.Max(0, -left);
            var to = Math.Min(mask.Width, width - left);
            if (to <= from)
            {
                continue;
            }

            for (var row = Math.Max(0, -top); row < mask.Height && top + row < height; row++)
            {
                var source = mask.Coverage.AsSpan((row * mask.Width) + from, to - from);
                var target = coverage.Slice(((top + row) * width) + left + from, to - from);
                Max(source, target);
                first = Math.Min(first, top + row);
                end = Math.Max(end, top + row + 1);
            }
        }

        return first == int.MaxValue ? (0, 0) : (first, end);
    }

    /// <summary>Where glyphs overlap (a diacritic over its neighbour) the darker coverage wins.</summary>
    private static void Max(ReadOnlySpan<byte> source, Span<byte> target)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= source.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Max(new Vector<byte>(source[i..]), new Vector<byte>(target[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            if (source[i] > target[i])
            {
                target[i] = source[i];
            }
        }
    }

    private GlyphMask Rasterise(bool bold, float size, ushort glyph)
    {
        using var font = CardRenderer.NewFont(bold ? _font.Bold : _font.Regular, size);
        using var path = font.GetGlyphPath(glyph);
        if (path is null || path.IsEmpty)
        {
            return GlyphMask.Empty;
        }

        var bounds = path.Bounds;
        var left = (int)MathF.Floor(bounds.Left) - 1;
        var top = (int)MathF.Floor(bounds.Top) - 1;
        var width = (int)MathF.Ceiling(bounds.Right) + 1 - left;
        var height = (int)MathF.Ceiling(bounds.Bottom) + 1 - top;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(-left, -top);
            canvas.DrawPath(path, paint);
        }

        var pixels = bitmap.GetPixelSpan();
        var coverage = new byte[width * height];
        for (var row = 0; row < height; row++)
        {
            pixels.Slice(row * bitmap.RowBytes, width).CopyTo(coverage.AsSpan(row * width));
        }

        return new GlyphMask(left, top, width, height, coverage);
    }
}
