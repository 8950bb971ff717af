using System.Text;
using StaticChronicle.Seeds;

namespace StaticChronicle.Tests.Seeds;

public class SeedContentHashTests
{
    [Fact]
    public void The_hash_is_the_first_16_hex_digits_of_sha256_of_the_normalized_text()
    {
        // SHA-256("abc") is the FIPS 180-2 test vector ba7816bf8f01cfea414140de5dae2223…
        Assert.Equal("ba7816bf8f01cfea", SeedContentHash.Compute("abc"u8));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("\uFEFFabc")]
    [InlineData("abc\r\n")]
    [InlineData("abc\r")]
    [InlineData("\n\nabc  \t\n\n")]
    public void Copies_that_differ_only_in_bom_line_endings_or_surrounding_blank_space_hash_the_same(string text)
    {
        Assert.Equal("ba7816bf8f01cfea", SeedContentHash.Compute(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Decomposed_and_composed_diacritics_hash_the_same()
    {
        Assert.Equal(SeedContentHash.Compute(Encoding.UTF8.GetBytes("Hu\u1EBF")), SeedContentHash.Compute(Encoding.UTF8.GetBytes("Hue\u0302\u0301")));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("  indented first line  \r\n\r\nnext", "  indented first line\n\nnext")]
    public void Normalizing_keeps_the_text_and_its_inner_blank_lines(string raw, string expected)
    {
        Assert.Equal(expected, SeedContentHash.Normalize(Encoding.UTF8.GetBytes(raw)));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        Assert.Throws<DecoderFallbackException>(() => SeedContentHash.Compute([0x61, 0xFF, 0x62]));
    }
}
