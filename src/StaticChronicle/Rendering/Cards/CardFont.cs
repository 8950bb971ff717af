using System.Security.Cryptography;
using SkiaSharp;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// The font cards are drawn in: Noto Sans Regular and Bold (SIL OFL 1.1, <c>Fonts/OFL.txt</c>), subset to Latin and
/// Vietnamese and shipped inside the library, so a card never depends on the machine's fonts.
/// </summary>
public sealed class CardFont
{
    private static readonly Lazy<CardFont> Shared = new(Load);

    /// <summary>The subset ends below U+3000; everything from there on is known to be missing.</summary>
    private const int CoverageEnd = 0x3000;

    private readonly bool[] _covered;

    private CardFont(SKTypeface regular, SKTypeface bold, string version)
    {
        Regular = regular;
        Bold = bold;
        Version = version;

        // Asked once for every code point the subset could hold, so the answer is a lookup any thread can make.
        _covered = new bool[CoverageEnd];
        using var regularFont = new SKFont(regular);
        using var boldFont = new SKFont(bold);
        for (var c = 0x20; c < CoverageEnd; c++)
        {
            _covered[c] = regularFont.ContainsGlyph(c) && boldFont.ContainsGlyph(c);
        }
    }

    /// <summary>The one instance (typefaces are immutable and safe to share between threads).</summary>
    public static CardFont Instance => Shared.Value;

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    /// <summary>A hash of both font files: part of every card's cache key, so a new font redraws every card.</summary>
    public string Version { get; }

    /// <summary>True when both weights have a glyph for <paramref name="codePoint"/> (they are subset alike).</summary>
    public bool Covers(int codePoint) => codePoint is >= 0 and < CoverageEnd && _covered[codePoint];

    private static CardFont Load()
    {
        var regular = Resource("NotoSans-Regular.ttf");
        var bold = Resource("NotoSans-Bold.ttf");
        var version = Convert.ToHexStringLower(SHA256.HashData([.. regular, .. bold]))[..16];
        return new CardFont(Typeface(regular, "NotoSans-Regular.ttf"), Typeface(bold, "NotoSans-Bold.ttf"), version);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(CardFont).Assembly.GetManifestResourceStream("StaticChronicle.Cards." + name)
            ?? throw new InvalidOperationException($"The card font {name} is missing from the library.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static SKTypeface Typeface(byte[] bytes, string name)
    {
        // SKData copies the bytes, so the typeface owns its data for the life of the process.
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The card font {name} could not be read by Skia.");
    }
}
