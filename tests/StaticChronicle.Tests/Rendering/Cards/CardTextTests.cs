using StaticChronicle.Rendering.Cards;

namespace StaticChronicle.Tests.Rendering.Cards;

public class CardTextTests
{
    private static string Drawable(string text) => CardText.Drawable(text, CardFont.Instance.Covers);

    [Theory]
    [InlineData("Việt Nam – Nhật Bản: quan hệ “tin cậy”", "Việt Nam – Nhật Bản: quan hệ “tin cậy”")]
    [InlineData("Kishida Fumio (岸田文雄) visits Hà Nội", "Kishida Fumio visits Hà Nội")]
    [InlineData("岸田文雄", "")]
    [InlineData("Tokyo, 東京, welcomes", "Tokyo, welcomes")]
    [InlineData("Ｔｏｋｙｏ　Ｅｘｐｏ", "Tokyo Expo")]
    [InlineData("Talks in Tokyo 🎌 end", "Talks in Tokyo end")]
    [InlineData("  spaced\tout  ", "spaced out")]
    public void Text_is_kept_folded_or_left_out_by_what_the_font_can_draw(string text, string expected) =>
        Assert.Equal(expected, Drawable(text));

    [Fact]
    public void The_font_covers_vietnamese_and_not_kanji()
    {
        var font = CardFont.Instance;
        Assert.All("ĂÂĐÊÔƠƯăâđêôơưẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ–—“”‘’…",
            c => Assert.True(font.Covers(c), $"U+{(int)c:X4} is not in the card font"));
        Assert.False(font.Covers('岸'));
        Assert.False(font.Covers(0x1F38C));
    }
}
