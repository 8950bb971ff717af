using AngleSharp.Html.Parser;

namespace StaticChronicle.Tests.Pages;

/// <summary>
/// Follows every href, src and meta refresh of a site built for https://example.github.io/chronicle/, as served under
/// /chronicle/: each must be base-path-absolute (or page-local) and lead to a file, and a fragment to an element.
/// </summary>
internal static class LinkCheck
{
    public const string BaseUrl = "https://example.github.io/chronicle/";

    /// <summary>The broken links of <paramref name="site"/>, one line each, and how many links were followed.</summary>
    public static (List<string> Broken, int Checked) Run(BuiltSite site)
    {
        var parser = new HtmlParser();
        var documents = site.HtmlFiles().ToDictionary(f => f, f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (file, document) in documents)
        {
            var page = "/" + Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Concat(document.QuerySelectorAll("meta[http-equiv=refresh]").Select(e => RefreshUrl(e.GetAttribute("content") ?? "")));
            foreach (var link in urls)
            {
                var url = link;
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
                var targetFile = Path.Combine(site.Root, path.TrimStart('/'));
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

        return (broken, checkedLinks);
    }

    /// <summary>The address in a meta refresh's <c>content</c> ("0; url=/chronicle/x/"); the whole text when it has none, so it is checked too.</summary>
    private static string RefreshUrl(string content)
    {
        var index = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? content : content[(index + 4)..].Trim().Trim('\'', '"');
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
