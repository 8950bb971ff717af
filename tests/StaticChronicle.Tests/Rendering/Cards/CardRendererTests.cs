using SkiaSharp;
using StaticChronicle.Rendering.Cards;

namespace StaticChronicle.Tests.Rendering.Cards;

public class CardRendererTests
{
    private const string LongVietnamese =
        "Thủ tướng Phạm Minh Chính tiếp Chủ tịch Hạ viện Nhật Bản, hai bên nhất trí thúc đẩy quan hệ Đối tác Chiến lược Toàn diện "
        + "vì hòa bình và thịnh vượng ở châu Á, mở rộng hợp tác đầu tư, lao động, giáo dục và giao lưu nhân dân giữa các địa phương";

    private static CardRenderer NewRenderer(CardColours? colours = null) =>
        new("Vietnam–Japan: A Chronicle", "example.github.io/chronicle", colours ?? CardColours.Default, CardFont.Instance);

    [Fact]
    public void The_same_card_comes_out_byte_identical_from_two_renderers_and_two_threads()
    {
        var first = NewRenderer().Render("27 November 2023", LongVietnamese);
        byte[]? second = null;
        var thread = new Thread(() => second = NewRenderer().Render("27 November 2023", LongVietnamese));
        thread.Start();
        thread.Join();

        Assert.Equal(first, second);
        Assert.Equal(first, NewRenderer().Render("27 November 2023", LongVietnamese));
    }

    [Fact]
    public void A_card_is_a_1200_by_630_png_in_the_site_colours()
    {
        var colours = new CardColours(0xF6F4EF, 0xA3161A, 0x1B1B1B, 0x595959);
        var png = NewRenderer(colours).Render("Person", "Kishida Fumio");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(630, bitmap.Height);
        Assert.Equal(new SKColor(0xA3, 0x16, 0x1A), bitmap.GetPixel(5, 300));
        Assert.Equal(new SKColor(0xF6, 0xF4, 0xEF), bitmap.GetPixel(1190, 10));

        // The title is drawn in ink: somewhere in its rows a pixel is fully the ink colour.
        var inked = false;
        for (var y = 240; y < 330 && !inked; y++)
        {
            for (var x = 96; x < 700 && !inked; x++)
            {
                inked = bitmap.GetPixel(x, y) == new SKColor(0x1B, 0x1B, 0x1B);
            }
        }

        Assert.True(inked, "no pixel of the title is in the ink colour");
    }

    [Fact]
    public void A_short_title_is_set_large_and_whole()
    {
        var (size, lines) = NewRenderer().LayOut("Kishida Fumio");
        Assert.Equal(72, size);
        Assert.Equal(["Kishida Fumio"], lines);
    }

    [Fact]
    public void A_long_title_is_wrapped_smaller_and_cut_with_an_ellipsis_at_the_line_limit()
    {
        var (size, lines) = NewRenderer().LayOut(LongVietnamese);

        Assert.Equal(50, size);
        Assert.Equal(5, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines.Take(4), l => l.Contains('…', StringComparison.Ordinal));

        // Every line is words of the title, in order, with nothing dropped before the cut.
        var shown = string.Join(' ', lines).TrimEnd('…').TrimEnd();
        Assert.StartsWith(shown, LongVietnamese, StringComparison.Ordinal);
        Assert.Contains("Phạm Minh Chính", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_wider_than_the_card_is_broken_rather_than_drawn_off_the_edge()
    {
        var word = string.Concat(Enumerable.Repeat("Thượngviện", 12));
        var (_, lines) = NewRenderer().LayOut(word);
        Assert.True(lines.Count > 1);
        Assert.Equal(word, string.Concat(lines).TrimEnd('…'), StringComparer.Ordinal);
    }

    [Fact]
    public void Kanji_the_font_lacks_are_left_out_and_the_card_is_the_card_without_them()
    {
        var renderer = NewRenderer();

        Assert.Equal(renderer.Render("Person", "Kishida Fumio"), renderer.Render("Person", "Kishida Fumio (岸田文雄)"));
        Assert.Equal("Kishida Fumio meets Tô Lâm", string.Join(' ', renderer.LayOut("Kishida Fumio（岸田文雄）meets Tô Lâm").Lines));
    }

    [Fact]
    public void Decomposed_vietnamese_is_drawn_as_the_composed_letters()
    {
        var renderer = NewRenderer();
        Assert.Equal(renderer.Render("", "Việt Nam"), renderer.Render("", "Vie\u0302\u0323t Nam"));
    }

    [Fact]
    public void The_identity_changes_with_what_the_card_shows_and_only_with_that()
    {
        var renderer = NewRenderer();
        Assert.Equal(renderer.Identity("Person", "Kishida Fumio"), NewRenderer().Identity("Person", "Kishida Fumio"));
        Assert.NotEqual(renderer.Identity("Person", "Kishida Fumio"), renderer.Identity("Person", "Kishida Fumio Jr"));
        Assert.NotEqual(renderer.Identity("Person", "Kishida Fumio"), renderer.Identity("Topic", "Kishida Fumio"));
        Assert.NotEqual(renderer.Identity("Person", "Kishida Fumio"),
            NewRenderer(CardColours.Default with { Accent = 0x1A5FB4 }).Identity("Person", "Kishida Fumio"));
    }
}
