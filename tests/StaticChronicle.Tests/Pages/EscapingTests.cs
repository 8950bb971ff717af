using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticChronicle.Content;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Pages;

/// <summary>Seed text full of markup, built into every page: it must show as text everywhere and never become markup.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string ScriptTitle = "<script>alert(1)</script> Talks";
    private const string AttributeBreak = "\"><img src=x onerror=alert(2)>";
    private readonly BuiltSite _site;

    public EscapingTests()
    {
        var hostile = new Article
        {
            SourcePath = "seeds/999_hostile.txt",
            Slug = "2023-10-01-hostile",
            Title = ScriptTitle + AttributeBreak,
            Date = new DateOnly(2023, 10, 1),
            DateKind = DateKind.Inferred,
            DateEvidence = "'</script><script>alert(3)</script>' " + AttributeBreak,
            People = [new PersonMention("hostile-person", "Evil " + AttributeBreak, false, ["<b>Role</b>" + AttributeBreak], "Said <script>alert(4)</script>")],
            Places = ["<iframe src=x>"],
            Topics = ["oda"],
            Summary = "Summary <script>alert(5)</script>" + AttributeBreak,
            Body = "Body <script>alert(6)</script>\n\n<img src=x onerror=alert(7)>\n\n[click](javascript:alert(8))",
            MentionsFiftiethAnniversary = true,
        };
        _site = new BuiltSite([.. SampleSite.Articles, hostile], "https://example.github.io/chronicle/");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void No_page_gains_a_script_an_image_an_iframe_or_an_event_handler()
    {
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var file in _site.HtmlFiles())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var page = Path.GetRelativePath(_site.Output, file);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || s.GetAttribute("src") == "/chronicle/assets/filters.js", page + ": " + s.OuterHtml));
            Assert.Empty(document.QuerySelectorAll("img, iframe"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
            pages++;
        }

        Assert.True(pages > 20);
    }

    [Fact]
    public void The_hostile_text_shows_as_text_on_the_pages_where_it_appears()
    {
        var parser = new HtmlParser();
        var article = parser.ParseDocument(_site.Read("articles/2023-10-01-hostile/index.html"));
        Assert.Equal(ScriptTitle + AttributeBreak, article.QuerySelector("h1")!.TextContent);
        Assert.Equal(ScriptTitle + AttributeBreak + " · Vietnam–Japan: A Chronicle", article.Title);
        Assert.Equal(ScriptTitle + AttributeBreak, article.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains("Body <script>alert(6)</script>", article.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<iframe src=x>", article.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);

        var person = parser.ParseDocument(_site.Read("people/hostile-person/index.html"));
        Assert.Equal("Evil " + AttributeBreak, person.QuerySelector("h1")!.TextContent);
        Assert.Contains("Said <script>alert(4)</script>", person.QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);

        foreach (var page in new[] { "index.html", "timeline/index.html", "timeline/2023/index.html", "anniversary/index.html", "topics/oda/index.html" })
        {
            var document = parser.ParseDocument(_site.Read(page));
            var entry = document.QuerySelectorAll("li").FirstOrDefault(e =>
                e.QuerySelector(".entry-title a")?.GetAttribute("href")?.EndsWith("/articles/2023-10-01-hostile/", StringComparison.Ordinal) == true);
            Assert.True(entry is not null, page);
            Assert.Equal(ScriptTitle + AttributeBreak, entry.QuerySelector(".entry-title")!.TextContent);
        }
    }

    [Fact]
    public void Json_ld_keeps_the_text_and_cannot_close_its_script_element()
    {
        var html = _site.Read("articles/2023-10-01-hostile/index.html");
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var json = html[(start + "<script type=\"application/ld+json\">".Length)..end];
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(ScriptTitle + AttributeBreak, doc.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Evil " + AttributeBreak, doc.RootElement.GetProperty("mentions")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void The_feed_and_data_files_carry_the_text_as_text()
    {
        var feed = XDocument.Parse(_site.Read("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Descendants(atom + "title"), t => t.Value == ScriptTitle + AttributeBreak);
        using var articles = JsonDocument.Parse(_site.Read("data/articles.json"));
        Assert.Contains(articles.RootElement.EnumerateArray(), a => a.GetProperty("title").GetString() == ScriptTitle + AttributeBreak);
        Assert.DoesNotContain("<script", _site.Read("timeline.json"), StringComparison.Ordinal);
    }
}
