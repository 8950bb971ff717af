using System.Text;
using SkiaSharp;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// Draws social cards: 1200×630 (the Open Graph size) palette PNGs with the site's name and address on a ground
/// drawn once per build, and per card a small line and a title wrapped to the width, made smaller when long and
/// cut with an ellipsis at the last line the size allows. Glyphs are rasterised by Skia as coverage masks only
/// and turned into palette indices here, so no colour blending (and none of its CPU-specific rounding) is involved:
/// the same text gives the same bytes on every machine. Thread-safe.
/// </summary>
public sealed class CardRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bumped whenever the drawing or its PNG encoding changes, so cached cards are redrawn.</summary>
    public const string Version = "cards-3";

    /// <summary>Coverage levels per colour ramp: 64 steps of anti-aliasing, three ramps in one palette.</summary>
    private const int Levels = 64;

    private const int InkRamp = 0;
    private const int MutedRamp = Levels;
    private const int AccentRamp = 2 * Levels;

    private const int Stride = Width + 1;
    private const int BandWidth = 28;
    private const float Left = 96;
    private const float TextWidth = Width - Left - 88;
    private const int DynamicTop = 150;
    private const int DynamicBottom = 556;
    private const int KickerBottom = 220;
    private const float KickerBaseline = 204;
    private const float KickerSize = 32;

    /// <summary>Title sizes tried in order, with the lines each may take: a short title large, a long one smaller.</summary>
    private static readonly (float Size, int Lines)[] HeadingSizes = [(72, 3), (60, 4), (50, 5)];

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly CardFont _font;
    private readonly int[] _palette;
    private readonly Lazy<(byte[] Rows, IndexedPng Png)> _ground;
    private readonly string _keyPrefix;
    private readonly GlyphMasks _glyphs;
    private readonly byte[] _inkLevels = LevelsOf(InkRamp);
    private readonly byte[] _mutedLevels = LevelsOf(MutedRamp);

    public CardRenderer(string siteName, string address, CardColours colours, CardFont font)
    {
        ArgumentNullException.ThrowIfNull(siteName);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(colours);
        ArgumentNullException.ThrowIfNull(font);
        _font = font;
        _glyphs = new GlyphMasks(font);
        SiteName = CardText.Drawable(siteName, font.Covers);
        Address = CardText.Drawable(address, font.Covers);
        Colours = colours;
        _palette = new int[3 * Levels];
        for (var level = 0; level < Levels; level++)
        {
            _palette[InkRamp + level] = Mix(colours.Background, colours.Ink, level);
            _palette[MutedRamp + level] = Mix(colours.Background, colours.Muted, level);
            _palette[AccentRamp + level] = Mix(colours.Background, colours.Accent, level);
        }

        // Drawn on the first card: a build whose cards are all cached never draws it.
        _ground = new Lazy<(byte[] Rows, IndexedPng Png)>(() => { var rows = DrawGround(); return (rows, new IndexedPng(Width, Height, _palette, rows)); });
        _keyPrefix = string.Join('\n', Version, font.Version, Width, Height, colours.Background, colours.Accent, colours.Ink, colours.Muted, SiteName, Address);
    }

    public string SiteName { get; }
    public string Address { get; }
    public CardColours Colours { get; }

    /// <summary>
    /// What identifies a card's picture, for the cache: everything it shows (site name, address, colours, kicker,
    /// heading) with the size, the drawing's version and the font's, so a build redraws exactly the cards that would change.
    /// </summary>
    public string Identity(string kicker, string heading) => $"{_keyPrefix}\n{kicker}\n{heading}";

    /// <summary>The PNG of a card with <paramref name="kicker"/> above <paramref name="heading"/>.</summary>
    public byte[] Render(string kicker, string heading)
    {
        ArgumentNullException.ThrowIfNull(kicker);
        ArgumentNullException.ThrowIfNull(heading);
        var scratch = t_scratch ??= new Scratch(_font);
        var rows = scratch.Rows;
        var ground = _ground.Value;
        ground.Rows.CopyTo(rows, 0);
        var coverage = scratch.Coverage;
        var touched = (First: int.MaxValue, End: 0);
        void Include((int First, int End) rows) =>
            touched = rows.End > rows.First ? (Math.Min(touched.First, rows.First), Math.Max(touched.End, rows.End)) : touched;

        var drawableKicker = CardText.Drawable(kicker, _font.Covers);
        var top = 170f;
        if (drawableKicker.Length > 0)
        {
            scratch.Kicker.Size = KickerSize;
            var line = Fit(drawableKicker, scratch.Kicker, 1);
            Include(_glyphs.Draw(scratch.Kicker, bold: false, line[0], Left, KickerBaseline - DynamicTop, coverage, Width));
            top = KickerBottom + 12;
        }

        var drawableHeading = CardText.Drawable(heading, _font.Covers);
        if (drawableHeading.Length > 0)
        {
            var font = scratch.Heading;
            var lines = SetHeading(font, drawableHeading);
            var baseline = top - DynamicTop + (font.Size * 1.07f);
            foreach (var line in lines)
            {
                Include(_glyphs.Draw(font, bold: true, line, Left, baseline, coverage, Width));
                baseline += font.Size * 1.2f;
            }
        }

        for (var y = touched.First; y < touched.End; y++)
        {
            var ramp = drawableKicker.Length > 0 && y + DynamicTop < KickerBottom ? _mutedLevels : _inkLevels;
            var mask = coverage.AsSpan(y * Width, Width);
            Merge(mask, rows.AsSpan(((y + DynamicTop) * Stride) + 1, Width), ramp);
            mask.Clear();
        }

        return touched.End > touched.First
            ? ground.Png.Encode(rows, touched.First + DynamicTop, touched.End + DynamicTop)
            : ground.Png.Encode(rows, 0, 0);
    }

    /// <summary>
    /// How the heading is set: the lines at the largest size it fits in whole; at the smallest, cut with an
    /// ellipsis. <paramref name="heading"/> is the text as given (folded for the font here, as it is drawn).
    /// </summary>
    public (float Size, IReadOnlyList<string> Lines) LayOut(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var scratch = t_scratch ??= new Scratch(_font);
        var lines = SetHeading(scratch.Heading, CardText.Drawable(heading, _font.Covers));
        return (scratch.Heading.Size, lines);
    }

    private static List<string> SetHeading(SKFont font, string heading)
    {
        List<string> lines = [];
        foreach (var (size, limit) in HeadingSizes)
        {
            font.Size = size;
            lines = Fit(heading, font, limit);
            if (!lines[^1].EndsWith(Ellipsis, StringComparison.Ordinal) || heading.EndsWith(Ellipsis, StringComparison.Ordinal))
            {
                break;
            }
        }

        return lines;
    }

    private const string Ellipsis = "…";

    /// <summary>Wraps <paramref name="text"/> at spaces to the text width, at most <paramref name="limit"/> lines, the last cut with "…" if more was left.</summary>
    internal static List<string> Fit(string text, SKFont font, int limit)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>(limit);
        var current = new StringBuilder();
        var index = 0;
        while (index < words.Length && lines.Count < limit)
        {
            var word = words[index];
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (font.MeasureText(candidate) <= TextWidth)
            {
                current.Clear().Append(candidate);
                index++;
                continue;
            }

            if (current.Length == 0)
            {
                // One word wider than the card (a long address): broken where it stops fitting.
                var cut = FittingPrefix(word, font, TextWidth);
                lines.Add(word[..cut]);
                words[index] = word[cut..];
                continue;
            }

            lines.Add(current.ToString());
            current.Clear();
        }

        if (current.Length > 0 && lines.Count < limit)
        {
            lines.Add(current.ToString());
        }

        if (index < words.Length)
        {
            lines[^1] = WithEllipsis(lines[^1], font);
        }

        return lines.Count == 0 ? [""] : lines;
    }

    private static string WithEllipsis(string line, SKFont font)
    {
        var text = line.TrimEnd();
        while (text.Length > 0 && font.MeasureText(text + Ellipsis) > TextWidth)
        {
            var space = text.LastIndexOf(' ');
            text = space > 0 ? text[..space] : text[..^1];
        }

        // No dangling punctuation before the ellipsis ("ties, …").
        return text.TrimEnd(' ', ',', ';', ':', '–', '-', '—') + Ellipsis;
    }

    private static int FittingPrefix(string word, SKFont font, float width)
    {
        var cut = word.Length - 1;
        while (cut > 1 && (font.MeasureText(word.AsSpan(0, cut)) > width || char.IsHighSurrogate(word[cut - 1])))
        {
            cut--;
        }

        return Math.Max(1, cut);
    }

    /// <summary>Where the mask has coverage, the ramp's index for it (<paramref name="levels"/>, by coverage) replaces the ground's.</summary>
    private static void Merge(ReadOnlySpan<byte> coverage, Span<byte> row, byte[] levels)
    {
        var x = coverage.IndexOfAnyExcept((byte)0);
        while (x >= 0)
        {
            var run = coverage[x..].IndexOf((byte)0);
            var end = run < 0 ? coverage.Length : x + run;
            for (; x < end; x++)
            {
                // Coverage too faint for one step keeps the ground (the ramps' first entries are all the ground).
                var index = levels[coverage[x]];
                if (index != 0)
                {
                    row[x] = index;
                }
            }

            var next = end < coverage.Length ? coverage[end..].IndexOfAnyExcept((byte)0) : -1;
            x = next < 0 ? -1 : end + next;
        }
    }

    /// <summary>Palette index by coverage for the ramp starting at <paramref name="ramp"/>; 0 where the coverage rounds to no step.</summary>
    private static byte[] LevelsOf(int ramp)
    {
        var levels = new byte[256];
        for (var c = 0; c < 256; c++)
        {
            var level = ((c * (Levels - 1)) + 127) / 255;
            levels[c] = level == 0 ? (byte)0 : (byte)(ramp + level);
        }

        return levels;
    }

    /// <summary>The ground every card shares: the band, the site's name and its address, as palette rows.</summary>
    private byte[] DrawGround()
    {
        var rows = new byte[Stride * Height];
        var info = new SKImageInfo(Width, Height, SKColorType.Alpha8, SKAlphaType.Premul);
        using var accent = new SKBitmap(info);
        using var muted = new SKBitmap(info);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var canvas = new SKCanvas(accent))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawRect(0, 0, BandWidth, Height, paint);
            using var name = NewFont(_font.Bold, 38);
            canvas.DrawText(Fit(SiteName, name, 1)[0], Left, 96, SKTextAlign.Left, name, paint);
        }

        using (var canvas = new SKCanvas(muted))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawRect(Left, 120, 120, 4, paint);
            using var address = NewFont(_font.Regular, 28);
            canvas.DrawText(Fit(Address, address, 1)[0], Left, 596, SKTextAlign.Left, address, paint);
        }

        var accentPixels = accent.GetPixelSpan();
        var mutedPixels = muted.GetPixelSpan();
        for (var y = 0; y < Height; y++)
        {
            var row = rows.AsSpan((y * Stride) + 1, Width);
            Merge(mutedPixels.Slice(y * muted.RowBytes, Width), row, LevelsOf(MutedRamp));
            Merge(accentPixels.Slice(y * accent.RowBytes, Width), row, LevelsOf(AccentRamp));
        }

        return rows;
    }

    internal static SKFont NewFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Outlines as designed, positions in fractions of a pixel, grey anti-aliasing: nothing that depends on a screen.
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };

    /// <summary>The colour <paramref name="level"/> steps of <see cref="Levels"/> from <paramref name="ground"/> to <paramref name="ink"/>.</summary>
    private static int Mix(int ground, int ink, int level)
    {
        int Channel(int shift)
        {
            var g = (ground >> shift) & 0xFF;
            var i = (ink >> shift) & 0xFF;
            return ((g * (Levels - 1 - level)) + (i * level) + ((Levels - 1) / 2)) / (Levels - 1);
        }

        return (Channel(16) << 16) | (Channel(8) << 8) | Channel(0);
    }

    /// <summary>One thread's drawing surface and fonts, kept for its next card.</summary>
    private sealed class Scratch
    {
        public Scratch(CardFont font)
        {
            Coverage = new byte[Width * (DynamicBottom - DynamicTop)];
            Heading = NewFont(font.Bold, HeadingSizes[0].Size);
            Kicker = NewFont(font.Regular, KickerSize);
            Rows = new byte[Stride * Height];
        }

        /// <summary>The dynamic rows' coverage, left all zero after each card.</summary>
        public byte[] Coverage { get; }
        public SKFont Heading { get; }
        public SKFont Kicker { get; }
        public byte[] Rows { get; }
    }
}
