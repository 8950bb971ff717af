using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Text;

namespace StaticChronicle.Content;

/// <summary>Writes front-matter pages into a folder, one <c>&lt;slug&gt;.md</c> each, never outside it.</summary>
public static class PageWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every article; returns the paths written. Throws <see cref="DiagnosticException"/> for an unsafe slug.</summary>
    public static List<string> WriteAll(IEnumerable<Article> articles, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var root = Path.GetFullPath(outputDirectory);
        var pages = articles.Select(a => (Article: a, Path: PathFor(root, a))).ToList();
        Directory.CreateDirectory(root);
        foreach (var (article, path) in pages)
        {
            // Write beside the page and rename, so a page is either the old one or the new one, never half of each.
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, FrontMatterPage.Write(article), Utf8);
            File.Move(temporary, path, overwrite: true);
        }

        return pages.Select(p => p.Path).ToList();
    }

    /// <summary>The page file for <paramref name="article"/>: a direct child of <paramref name="root"/>, or an error.</summary>
    public static string PathFor(string root, Article article)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(article);
        var full = Path.GetFullPath(Path.Combine(root, article.Slug + ".md"));
        if (!Slug.IsSafe(article.Slug) || !string.Equals(Path.GetDirectoryName(full), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new DiagnosticException([Diagnostic.Error(article.SourcePath, 0, 0,
                $"the slug '{article.Slug}' would not be a file directly inside {DisplayPath.For(root)}; it may hold only lowercase letters, digits and '-'.")]);
        }

        return full;
    }
}
