using AngleSharp.Html.Parser;

namespace StaticChronicle.Tests.Pages;

/// <summary>Follows every href and src of the site built for https://example.github.io/chronicle/, as served under /chronicle/.</summary>
public class LinkCheckTests(BuiltSiteFixture fixture) : IClassFixture<BuiltSiteFixture>
{
    private const string BaseUrl = "https://example.github.io/chronicle/";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void Every_internal_link_and_asset_resolves_under_the_sub_path()
    {
        var parser = new HtmlParser();
        var documents = _site.HtmlFiles().ToDictionary(f => f, f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (file, document) in documents)
        {
            var page = "/" + Path.GetRelativePath(_site.Root, file).Replace('\\', '/');
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith(BaseUrl, StringComparison.Ordinal))
                {
                    url = "/chronicle/" + url[BaseUrl.Length..];
                }
                else if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedLinks++;
                if (Resolve(page, url) is not { } target)
                {
                    broken.Add($"{page}: {url} (not base-path-absolute)");
                    continue;
                }

                var (path, fragment) = target;
                var targetFile = Path.Combine(_site.Root, path.TrimStart('/'));
                if (path.EndsWith('/'))
                {
                    targetFile = Path.Combine(targetFile, "index.html");
                }

                if (!File.Exists(targetFile))
                {
                    broken.Add($"{page}: {url} (no file {path})");
                }
                else if (fragment.Length > 0 && documents.TryGetValue(Path.GetFullPath(targetFile), out var targetDocument)
                         && targetDocument.GetElementById(fragment) is null)
                {
                    broken.Add($"{page}: {url} (no element with id '{fragment}')");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void The_404_page_links_base_path_absolute_so_it_works_at_any_depth()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("404.html"));
        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.True(u.StartsWith("/chronicle/", StringComparison.Ordinal) || u.StartsWith('#') || u.StartsWith("https://", StringComparison.Ordinal), u));
    }

    [Fact]
    public void Sharing_urls_are_absolute_under_the_base_url()
    {
        var document = new HtmlParser().ParseDocument(_site.Read("people/kishida-fumio/index.html"));
        Assert.Equal(BaseUrl + "people/kishida-fumio/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(BaseUrl + "people/kishida-fumio/", document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    /// <summary>Only page-local fragments and base-path-absolute paths are accepted: relative links would break in 404.html.</summary>
    private static (string Path, string Fragment)? Resolve(string page, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : "";
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = query >= 0 ? path[..query] : path;
        if (path.Length == 0)
        {
            return (page, fragment);
        }

        return path.StartsWith("/chronicle/", StringComparison.Ordinal) ? (path, fragment) : null;
    }
}
