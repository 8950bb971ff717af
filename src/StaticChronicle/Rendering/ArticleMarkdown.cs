using System.Globalization;
using Markdig;
using Markdig.Renderers;

namespace StaticChronicle.Rendering;

/// <summary>
/// Article Markdown → HTML with Markdig. Raw HTML in a seed is never passed through (DisableHtml turns
/// it into escaped text); site-absolute links ("/people/x/") get the base path; links with a scheme
/// other than http, https or mailto are dropped so a seed cannot smuggle in <c>javascript:</c>.
/// </summary>
public sealed class ArticleMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    [ThreadStatic]
    private static HtmlRenderer? t_renderer;

    private readonly string _basePath;

    /// <param name="basePath">The site's base path, starting and ending with '/'.</param>
    public ArticleMarkdown(string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        _basePath = basePath;
    }

    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);

        // A renderer (with its two dozen object renderers) and its writer per thread, not per article.
        var renderer = t_renderer;
        if (renderer is null)
        {
            renderer = new HtmlRenderer(new StringWriter(CultureInfo.InvariantCulture));
            Pipeline.Setup(renderer);
            t_renderer = renderer;
        }

        // A rendered document leaves the renderer's line and indent state as it found it (every block ends its
        // line); only the text needs emptying. The corpus build is diffed against the fresh-renderer output.
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.LinkRewriter = Rewrite;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The URL a Markdown link points to once published.</summary>
    public string Rewrite(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return trimmed;
        }

        if (trimmed.StartsWith('/'))
        {
            return _basePath + trimmed.TrimStart('/');
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            return trimmed;
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
               || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
               || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : "#";
    }
}
