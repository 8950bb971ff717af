using System.Text;
using StaticChronicle.Seeds;

namespace StaticChronicle.Tests.Seeds;

public class SeedReaderTests
{
    private static SeedReadResult Parse(string text) => SeedReader.Parse(Encoding.UTF8.GetBytes(text), "seeds/a.txt", "seeds/a.txt");

    private static SeedReadResult Parse(byte[] bytes) => SeedReader.Parse(bytes, "seeds/a.txt", "seeds/a.txt");

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t ")]
    [InlineData("\uFEFF")]
    public void An_empty_seed_is_an_error_that_says_so(string text)
    {
        var result = Parse(text);
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("a/../b")]
    public void A_front_matter_slug_that_is_not_usable_gets_a_clean_message_with_an_example(string slug)
    {
        var result = Parse($"---\nslug: \"{slug}\"\n---\nHanoi, May 3, 2023 - Text.\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain(";.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(");.", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"write e\.g\. `slug: [a-z0-9-]+`", error.Message);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_too_long_for_a_folder_name_is_a_positioned_error_not_a_crash_later()
    {
        var result = Parse($"---\nslug: {new string('a', 300)}\n---\nHanoi, May 3, 2023 - Text.\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(2, error.Line);
        Assert.Contains("300 characters long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_text_is_read_in_nfc_so_names_and_front_matter_match_their_composed_spelling()
    {
        // "Việt" typed as e + combining circumflex + combining dot below, in front matter and in the text.
        var result = Parse("---\ntitle: \"Vie\u0302\u0323t Nam\"\n---\nVie\u0302\u0323t Nam and Japan.\n");
        var seed = result.Seed!;
        Assert.Equal("Việt Nam", seed.FrontMatter.Title);
        Assert.StartsWith("Việt Nam and Japan.", seed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0323', seed.Text);
    }

    [Fact]
    public void A_binary_file_is_an_error_naming_where_the_first_nul_byte_is()
    {
        var result = Parse([(byte)'P', (byte)'N', (byte)'G', (byte)'\n', (byte)'a', 0, 1, 2]);
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_first_bad_byte()
    {
        // Line 2 is "Hà" (two characters, 'à' taking two bytes) followed by a lone 0xFF.
        var bytes = Encoding.UTF8.GetBytes("First line\nHà").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" Nội\n")).ToArray();
        var result = Parse(bytes);
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8 (byte 0xFF)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_is_an_error_asking_for_utf8()
    {
        var result = Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello")).ToArray());
        Assert.Contains("UTF-16", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bom_is_dropped_and_every_line_ending_becomes_lf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("One\r\nTwo\rThree\nFour")).ToArray();
        var seed = Parse(bytes).Seed!;
        Assert.Equal("One\nTwo\nThree\nFour", seed.Text);
        Assert.Equal(1, seed.FirstTextLine);
    }

    [Fact]
    public void Front_matter_fields_are_read_and_the_text_starts_after_the_fence()
    {
        var seed = Parse("---\ntitle: \"Kishida: a visit\"\ndate: 2023-05-03\npeople: [Kishida Fumio, Vo Van Thuong]\nplaces: Hanoi\ntopics: [oda]\nsummary: Short.\nslug: my-page\ndraft: true\n---\nBody text.\n").Seed!;
        var fm = seed.FrontMatter;
        Assert.Equal("Kishida: a visit", fm.Title);
        Assert.Equal(new DateOnly(2023, 5, 3), fm.Date);
        Assert.Equal(["Kishida Fumio", "Vo Van Thuong"], fm.People!);
        Assert.Equal(["Hanoi"], fm.Places!);
        Assert.Equal(["oda"], fm.Topics!);
        Assert.Equal("Short.", fm.Summary);
        Assert.Equal("my-page", fm.Slug);
        Assert.True(fm.Draft);
        Assert.Equal("Body text.\n", seed.Text);
        Assert.Equal(11, seed.FirstTextLine);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error_on_line_1()
    {
        var result = Parse("---\ntitle: T\n\nThe article starts here.\n");
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(1, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_front_matter_yaml_is_reported_at_its_file_line()
    {
        var result = Parse("---\ntitle: T\ndate: [2023-05-03\n---\nText.\n");
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2023-13-01", 2, "date: YYYY-MM-DD")]
    [InlineData("title: T\nslug: ../../etc/passwd", 3, "lowercase letters")]
    [InlineData("draft: maybe", 2, "true or false")]
    [InlineData("people: {a: b}", 2, "must be a list")]
    public void A_front_matter_value_of_the_wrong_shape_is_an_error_at_its_line(string yaml, int line, string hint)
    {
        var result = Parse($"---\n{yaml}\n---\nText.\n");
        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(line, error.Line);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_a_warning_and_the_seed_is_still_read()
    {
        var result = Parse("---\ntags: [a]\n---\nText.\n");
        Assert.NotNull(result.Seed);
        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void Front_matter_with_no_text_after_it_is_an_error()
    {
        var result = Parse("---\ntitle: T\n---\n\n");
        Assert.Null(result.Seed);
        Assert.Contains("no article text", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
