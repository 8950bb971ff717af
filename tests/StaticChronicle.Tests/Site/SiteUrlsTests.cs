using StaticChronicle.Site;

namespace StaticChronicle.Tests.Site;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("https://example.github.io/chronicle/", "people/to-lam/", "/chronicle/people/to-lam/", "https://example.github.io/chronicle/people/to-lam/")]
    [InlineData("https://chronicle.example.org/", "people/to-lam/", "/people/to-lam/", "https://chronicle.example.org/people/to-lam/")]
    [InlineData("https://chronicle.example.org/", "", "/", "https://chronicle.example.org/")]
    [InlineData("http://127.0.0.1:8080/a/b/", "assets/style.css", "/a/b/assets/style.css", "http://127.0.0.1:8080/a/b/assets/style.css")]
    public void Links_carry_the_base_path_and_absolute_urls_the_base_url(string baseUrl, string relative, string link, string absolute)
    {
        var urls = new SiteUrls(new Uri(baseUrl));
        Assert.Equal(link, urls.Link(relative));
        Assert.Equal(absolute, urls.Absolute(relative));
    }
}
