using StaticChronicle.Text;

namespace StaticChronicle.Tests.Text;

public class UnicodeNormalizationTests
{
    [Theory]
    [InlineData("Vie\u0302\u0323t Nam", "Việt Nam")]
    [InlineData("Tru\u031Bo\u031Bng Thi\u0323 Mai", "Trương Thị Mai")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo compose to one syllable
    [InlineData("\u212B", "\u00C5")] // the Angstrom sign is a singleton NFC replaces
    [InlineData("Việt Nam, 岸田文雄, 서울", "Việt Nam, 岸田文雄, 서울")] // already composed: unchanged
    [InlineData("plain ASCII", "plain ASCII")]
    public void Nfc_composes_what_unicode_composes(string input, string expected) =>
        Assert.Equal(expected, UnicodeNormalization.ToNfc(input));

    [Theory]
    [InlineData("Việt", "Vie\u0323\u0302t")] // canonical order: dot below (220) before circumflex (230)
    [InlineData("À", "A\u0300")] // Latin-1 letters decompose too
    [InlineData("Tokyo", "Tokyo")]
    public void Nfd_takes_precomposed_letters_apart(string input, string expected) =>
        Assert.Equal(expected, UnicodeNormalization.ToNfd(input));

    [Fact]
    public void Text_that_is_already_nfc_comes_back_as_the_same_instance()
    {
        var text = "Hà Nội, Tokyo";
        Assert.Same(text, UnicodeNormalization.ToNfc(text));
    }
}
