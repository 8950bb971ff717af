using StaticChronicle.Text;

namespace StaticChronicle.Tests.Text;

public class AsciiFoldingTests
{
    [Theory]
    [InlineData("Việt Nam", "Viet Nam")]
    [InlineData("Trương Thị Mai", "Truong Thi Mai")]
    [InlineData("Đà Nẵng", "Da Nang")]
    [InlineData("Nguyễn Phú Trọng", "Nguyen Phu Trong")]
    [InlineData("Ångström Ørsted", "Angstrom Ørsted")]
    [InlineData("Vie\u0323\u0302t", "Viet")]
    [InlineData("岸田文雄", "岸田文雄")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Latin_letters_lose_their_marks_and_everything_else_stays(string text, string folded)
    {
        Assert.Equal(folded, AsciiFolding.Fold(text));
    }

    [Fact]
    public void Every_precomposed_latin_letter_folds_as_its_unicode_decomposition_says_whatever_icu_says()
    {
        // string.Normalize asks ICU; where ICU is present the two must agree on every Latin letter with marks.
        for (var c = '\u00C0'; c <= '\u024F'; c++)
        {
            if (c is '×' or '÷')
            {
                continue;
            }

            var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed.Skip(1).All(m => char.GetUnicodeCategory(m) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                Assert.Equal(decomposed[..1], AsciiFolding.Fold(c.ToString()));
            }
        }
    }

    [Fact]
    public void A_vietnamese_headline_gives_the_slug_it_gives_everywhere()
    {
        Assert.Equal("2023-09-21-viet-nam-japan-mark-50-years-of-ties", Slug.From("2023-09-21 Việt Nam, Japan mark 50 years of ties"));
    }
}
