using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>
/// Resolves every link, stylesheet, script and image a page refers to. Links into the site (relative, or absolute
/// under the published base URL) must answer 200 and their #fragment must name an element; links elsewhere
/// cannot be fetched offline, so they must at least be absolute http(s) URLs.
/// </summary>
public sealed partial class LinkChecker(IAPIRequestContext http, Uri servedBase, Uri publishedBase)
{
    private readonly ConcurrentDictionary<Uri, Task<(int Status, string Body)>> fetched = new();

    /// <summary>Every problem with the page's links, one line each.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var references = await page.EvaluateAsync<string[][]>(
            """
            () => [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')]
              .map(e => [e.tagName.toLowerCase(), e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '',
                         e.href ?? e.src ?? e.action ?? ''])
            """).ConfigureAwait(false);
        var pagePath = new Uri(page.Url).PathAndQuery;
        var problems = new List<string>();
        foreach (var reference in references)
        {
            var (tag, written, resolved) = (reference[0], reference[1], reference[2]);
            var problem = await CheckOneAsync(page, written, resolved).ConfigureAwait(false);
            if (problem is not null)
            {
                problems.Add($"{pagePath}: <{tag}> '{written}': {problem}");
            }
        }

        return problems;
    }

    private async Task<string?> CheckOneAsync(IPage page, string written, string resolved)
    {
        if (written.Length == 0 || !Uri.TryCreate(resolved, UriKind.Absolute, out var target))
        {
            return "empty or unparsable link";
        }

        if (target.Scheme is "mailto" or "tel")
        {
            return null;
        }

        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            return $"scheme '{target.Scheme}' is not allowed";
        }

        if (publishedBase.IsBaseOf(target))
        {
            // An absolute link to the published site: check the same page on the served copy.
            target = new Uri(servedBase, publishedBase.MakeRelativeUri(target));
        }
        else if (target.Authority != servedBase.Authority)
        {
            return null;
        }

        if (!target.AbsolutePath.StartsWith(servedBase.AbsolutePath, StringComparison.Ordinal))
        {
            return $"leaves the base path {servedBase.AbsolutePath} (would break on GitHub Pages)";
        }

        var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (new UriBuilder(page.Url) { Fragment = "" }.Uri == withoutFragment)
        {
            // A link within the page (the skip link, a table of contents): the page itself is loaded already.
            return fragment.Length == 0 || await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", fragment).ConfigureAwait(false)
                ? null
                : $"no element with id '{fragment}'";
        }

        var (status, body) = await fetched.GetOrAdd(withoutFragment, FetchAsync).ConfigureAwait(false);
        if (status != 200)
        {
            return $"answers {status}";
        }

        return fragment.Length == 0 || IdAttribute().Matches(body).Any(m => m.Groups[1].Value == fragment)
            ? null
            : $"no element with id '{fragment}'";
    }

    private async Task<(int, string)> FetchAsync(Uri url)
    {
        var response = await http.GetAsync(url.ToString()).ConfigureAwait(false);
        var type = response.Headers.TryGetValue("content-type", out var value) ? value : "";
        var body = type.StartsWith("text/html", StringComparison.Ordinal) ? await response.TextAsync().ConfigureAwait(false) : "";
        return (response.Status, body);
    }

    [GeneratedRegex("""\sid\s*=\s*["']?([^"'\s>]+)""")]
    private static partial Regex IdAttribute();
}
