using AngleSharp.Html.Parser;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Pages;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = new BuiltSite();
        using var second = new BuiltSite(SampleSite.Articles.Reverse().ToList(), "https://example.github.io/chronicle/");

        var a = Files(first.Output);
        var b = Files(second.Output);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), path + " differs between two builds");
        }
    }

    [Fact]
    public void A_site_built_for_a_domain_root_links_from_the_root()
    {
        using var site = new BuiltSite(SampleSite.Articles, "https://chronicle.example.org/");
        var document = new HtmlParser().ParseDocument(site.Read("people/kishida-fumio/index.html"));
        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Contains("/assets/style.css", urls);
        Assert.Contains("/articles/2022-05-01-vietnam-japan-reaches-new-progress-in-strategic-cooperation/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("/chronicle/", StringComparison.Ordinal));
        Assert.Contains("<loc>https://chronicle.example.org/people/kishida-fumio/</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
