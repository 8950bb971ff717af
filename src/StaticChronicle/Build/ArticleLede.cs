using System.Text;
using StaticChronicle.Rendering;

namespace StaticChronicle.Build;

/// <summary>
/// The lede an article page shows under its headline: the summary, unless the reader would meet it again right
/// below, at the start of the body (extraction makes the summary from the first paragraph).
/// </summary>
public static class ArticleLede
{
    /// <summary>The lede to show, or "" when there is none or it would repeat the headline or the first paragraph.</summary>
    /// <param name="summary">The article's summary (extracted from the lede paragraph, or set in front matter).</param>
    /// <param name="titleGenerated">True when the headline itself was written from the first sentence.</param>
    /// <param name="body">The article's Markdown body.</param>
    public static string For(string summary, bool titleGenerated, string body)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(body);
        if (summary.Length == 0 || titleGenerated)
        {
            return "";
        }

        if (ArticleMarkdown.FirstParagraphText(body) is not { } paragraph)
        {
            return summary;
        }

        // A long lede is summarised as its first sentences, or cut at a word with an ellipsis; a dateline before
        // the story ("TOKYO (VNA) –") is left out of it. Either way the summary lies inside the paragraph.
        var said = Normalised(summary.EndsWith('…') ? summary[..^1] : summary);
        return said.Length > 0 && Normalised(paragraph).Contains(said, StringComparison.Ordinal) ? "" : summary;
    }

    /// <summary>The text with every run of white space as one space, trimmed: line breaks in a paragraph are not differences.</summary>
    private static string Normalised(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
