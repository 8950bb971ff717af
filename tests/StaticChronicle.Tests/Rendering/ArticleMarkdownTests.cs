using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Rendering;

public class ArticleMarkdownTests
{
    private readonly ArticleMarkdown _markdown = new("/chronicle/");

    [Fact]
    public void Raw_html_in_a_seed_is_shown_as_text()
    {
        var html = _markdown.ToHtml("Before <script>alert(1)</script> after\n\n<div onclick=\"x()\">block</div>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/to-lam/", "/chronicle/people/to-lam/")]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("mailto:desk@example.org", "mailto:desk@example.org")]
    [InlineData("../other/", "../other/")]
    [InlineData("#section", "#section")]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData("JavaScript:alert(1)", "#")]
    [InlineData("data:text/html,hi", "#")]
    public void Links_get_the_base_path_and_unsafe_schemes_are_dropped(string url, string expected)
    {
        Assert.Equal(expected, _markdown.Rewrite(url));
    }

    [Fact]
    public void A_markdown_link_is_rewritten_in_the_html()
    {
        var html = _markdown.ToHtml("See [the page](/timeline/) and [this](javascript:alert(1)).");
        Assert.Contains("href=\"/chronicle/timeline/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }
}
