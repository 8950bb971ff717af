using System.Text;
using StaticChronicle.Seeds;

namespace StaticChronicle.Tests.Seeds;

/// <summary>The mistakes editors make in front matter, each reported where it is with a hint that fits it.</summary>
public class FrontMatterMistakesTests
{
    private const string Body = "Hanoi, May 3, 2023 (VNA) – The two ministers met in Hanoi.\n";

    private static SeedReadResult Parse(string frontMatter) =>
        SeedReader.Parse(Encoding.UTF8.GetBytes("---\n" + frontMatter + "---\n" + Body), "seeds/a.txt", "seeds/a.txt");

    [Fact]
    public void People_written_as_one_text_is_an_error_showing_the_list_syntax()
    {
        var result = Parse("title: Ministers meet\npeople: Tran Luu Quang, Kishida Fumoi\n");

        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.Contains("is one text, 'Tran Luu Quang, Kishida Fumoi', not a list, so it would be read as one person", error.Message, StringComparison.Ordinal);
        Assert.Contains("`people: [Tran Luu Quang, Kishida Fumoi]`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_name_without_brackets_is_still_a_one_item_list()
    {
        var result = Parse("people: Kishida Fumio\nplaces: Hanoi\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Kishida Fumio"], result.Seed!.FrontMatter.People!);
        Assert.Equal([(2, 9)], result.Seed.FrontMatter.ItemPositions["people"]);
    }

    [Fact]
    public void A_missing_closing_bracket_is_reported_at_the_bracket_that_was_opened_with_a_hint_about_brackets()
    {
        // Line 3 of the file: "people: [Tran Luu Quang, Kishida Fumio" — the '[' is column 9.
        var result = Parse("title: Ministers meet\npeople: [Tran Luu Quang, Kishida Fumio\ndate: 2023-05-03\n");

        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.Contains("the list opened with '[' here is never closed. End it with ']'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("must be quoted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_quote()
    {
        var result = Parse("title: \"Ministers meet\ndate: 2023-05-03\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Contains("the text opened with \" here is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_apostrophe_inside_a_word_opens_nothing()
    {
        Assert.Null(UnclosedBracket.Find("title: Vietnam's ties [new]\nsummary: It's done.\n"));
        Assert.Equal((2, 9, '['), UnclosedBracket.Find("title: x\npeople: [a, b\n"));
        Assert.Equal((1, 9, '['), UnclosedBracket.Find("people: [a, [b]\n"));
    }

    [Fact]
    public void A_colon_in_an_unquoted_value_still_gets_the_hint_about_quoting()
    {
        var result = Parse("title: Vietnam: a new chapter\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Contains("A value holding ': ' must be quoted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_gets_a_did_you_mean()
    {
        var result = Parse("titel: Ministers meet\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Contains("front-matter key 'titel' is not one StaticChronicle reads; it is ignored. Did you mean 'title'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_are_read_as_site_relative_paths_with_their_positions()
    {
        var result = Parse("aliases:\n  - /articles/2023-05-03-old-title/\n  - old/page.html\n  - /old-name\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [new PageAlias("articles/2023-05-03-old-title/", 3, 5), new PageAlias("old/page.html", 4, 5), new PageAlias("old-name/", 5, 5)],
            result.Seed!.FrontMatter.Aliases!);
        Assert.Equal("articles/2023-05-03-old-title/index.html", result.Seed.FrontMatter.Aliases![0].OutputPath);
        Assert.Equal("old/page.html", result.Seed.FrontMatter.Aliases![1].OutputPath);
    }

    [Theory]
    [InlineData("../../etc/passwd", "leaves the output folder")]
    [InlineData("/articles/../../x/", "leaves the output folder")]
    [InlineData("https://example.github.io/chronicle/articles/x/", "is a URL")]
    [InlineData("/", "is the home page")]
    [InlineData("/articles/a b/", "holds a character a path cannot")]
    public void An_alias_that_is_not_a_path_inside_the_site_is_an_error_at_the_alias(string alias, string expected)
    {
        var result = Parse($"aliases: [\"{alias}\"]\n");

        Assert.Null(result.Seed);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.Contains($"front-matter alias '{alias}' {expected}", error.Message, StringComparison.Ordinal);
    }
}
