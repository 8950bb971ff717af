using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <summary>
    /// The text a reader sees in the body's first paragraph (after any subheadings), whitespace as Markdown renders
    /// it; null when the body begins with something else (a quotation, a list, code) or holds no paragraph.
    /// </summary>
    public static string? FirstParagraphText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        // Only the blocks up to the first paragraph are parsed: a paragraph ends at a blank line, so it lies whole in
        // the text before the first blank line after it starts, and a long body is not parsed twice per page.
        var end = 0;
        for (var blocks = 0; blocks < 8 && end < markdown.Length; blocks++)
        {
            end = EndOfBlock(markdown, end);
            var document = Markdown.Parse(markdown[..end], Pipeline);
            var first = document.FirstOrDefault(b => b is not HeadingBlock and not LinkReferenceDefinitionGroup);
            if (first is not null)
            {
                return first is ParagraphBlock { Inline: { } inline } ? PlainText(inline) : null;
            }
        }

        return null;
    }

    /// <summary>Where the lines from <paramref name="start"/> up to and including the next blank line end (blank lines before them are skipped).</summary>
    private static int EndOfBlock(string markdown, int start)
    {
        var seenText = false;
        var at = start;
        while (at < markdown.Length)
        {
            var newline = markdown.IndexOf('\n', at);
            var next = newline < 0 ? markdown.Length : newline + 1;
            var blank = markdown.AsSpan(at, next - at).IsWhiteSpace();
            at = next;
            if (blank && seenText)
            {
                break;
            }

            seenText |= !blank;
        }

        return at;
    }

    private static string PlainText(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
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
