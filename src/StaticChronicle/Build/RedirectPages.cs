using System.Net;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>
/// The pages at articles' old addresses (front matter <c>aliases:</c>, as in Hugo): each sends the reader on to the
/// article with a meta refresh, names it as canonical, links it for those without refresh, and asks not to be indexed.
/// They are not page jobs, so the sitemap never lists them.
/// </summary>
public static class RedirectPages
{
    /// <summary>
    /// One redirect file per alias, as (path in the output folder, HTML). An alias that is the address of a real page
    /// or file, or of another alias, is an error at the alias in its seed.
    /// </summary>
    /// <param name="taken">Output paths of the pages ('/' separated); data files, assets and the search index are known here.</param>
    public static IReadOnlyList<(string Path, string Html)> Plan(SiteConfig config, SiteModel model, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(taken);
        var files = new HashSet<string>(taken, StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = new List<(string Path, string Html)>();
        var problems = new List<Diagnostic>();
        foreach (var article in model.Articles)
        {
            var seed = DisplayPath.For(Path.Combine(config.RootDirectory, article.Source.SourcePath));
            foreach (var alias in article.Source.Aliases)
            {
                var output = alias.OutputPath;
                var clash = files.Contains(output)
                    ? output
                    : Parents(output).FirstOrDefault(files.Contains) ?? (IsReserved(output) ? output : null);
                if (clash is not null)
                {
                    var what = output == SiteUrls.ArticlePath(article.Slug) + "index.html"
                        ? "is this article's own address"
                        : $"is where the site writes {clash}";
                    problems.Add(Diagnostic.Error(seed, alias.Line, alias.Column,
                        $"alias '/{alias.Path}' {what}; a redirect there would replace a real page. Remove the alias, or write the article's old address."));
                    continue;
                }

                if (owners.TryGetValue(output, out var owner))
                {
                    problems.Add(Diagnostic.Error(seed, alias.Line, alias.Column,
                        $"alias '/{alias.Path}' is also an alias of {owner}; one old address can lead to one article only. Remove one of them."));
                    continue;
                }

                owners[output] = $"'{article.Title}' ({seed})";
                pages.Add((output, Html(model, article)));
            }
        }

        if (problems.Count > 0)
        {
            throw new DiagnosticException(problems);
        }

        return pages;
    }

    /// <summary>
    /// The alias errors a build of <paramref name="articles"/> would stop on, without rendering anything, so that
    /// <c>check</c> reports them too.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(SiteConfig config, IReadOnlyList<StaticChronicle.Content.Article> articles)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.All(a => a.Aliases.Count == 0))
        {
            return [];
        }

        var model = SiteModelBuilder.Build(config, articles);
        try
        {
            Plan(config, model, PagePlanner.Plan(model).Select(j => j.OutputPath));
            return [];
        }
        catch (DiagnosticException e)
        {
            return e.Diagnostics;
        }
    }

    private static string Html(SiteModel model, ArticleEntry article)
    {
        var title = WebUtility.HtmlEncode(article.Title);
        var link = WebUtility.HtmlEncode(article.Url);
        var canonical = WebUtility.HtmlEncode(article.AbsoluteUrl);
        var language = WebUtility.HtmlEncode(model.Info.Language);
        return $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{canonical}">
            <meta http-equiv="refresh" content="0; url={link}">
            </head>
            <body>
            <p>This article has moved: <a href="{link}">{title}</a>.</p>
            </body>
            </html>

            """.ReplaceLineEndings("\n");
    }

    /// <summary>The folders above a file path: a file the site writes there would have to be a folder too.</summary>
    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }

    /// <summary>What the build writes besides the pages: data files, the assets and the search index.</summary>
    private static bool IsReserved(string path) =>
        path is "feed.xml" or "sitemap.xml" or "robots.txt" or ".nojekyll" or "timeline.json"
        || path.StartsWith("data/", StringComparison.Ordinal)
        || path.StartsWith("assets/", StringComparison.Ordinal)
        || path.StartsWith("pagefind/", StringComparison.Ordinal);
}
