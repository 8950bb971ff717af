using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Rendering;

public class HtmlTextTests
{
    [Theory]
    [InlineData("Ngô Phú Thảo · Việt Nam", "Ngô Phú Thảo · Việt Nam")]
    [InlineData("<script>alert('x')</script> & \"q\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escapes_what_html_needs_and_leaves_letters_as_they_are(string? text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }
}
