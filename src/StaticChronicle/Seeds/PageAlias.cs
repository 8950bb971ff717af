namespace StaticChronicle.Seeds;

/// <summary>
/// An old address of an article (front matter <c>aliases:</c>, as Hugo names and reads them): a site-relative path
/// at which the build writes a redirect to the article's current page.
/// </summary>
/// <param name="Path">Site-relative, '/' separated, without a leading '/': <c>articles/2023-09-05-old-title/</c> or <c>old/page.html</c>.</param>
/// <param name="Line">1-based file line of the alias in the seed.</param>
/// <param name="Column">1-based column of the alias in the seed.</param>
public sealed record PageAlias(string Path, int Line, int Column)
{
    /// <summary>The file the redirect is written to, relative to the output folder: a folder path gets <c>index.html</c>.</summary>
    public string OutputPath => Path.EndsWith('/') ? Path + "index.html" : Path;

    /// <summary>
    /// The alias as a site-relative path, or null with the reason it cannot be one: a URL, a path that leaves the
    /// output folder (<c>..</c>), or characters that have no place in a path.
    /// </summary>
    public static string? Normalize(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var value = text.Trim();
        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "is a URL; an alias is a path on this site, like `/articles/2023-09-05-old-title/`";
            return null;
        }

        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '?' or '#' or ':' or '"' or '\'' or '<' or '>' or '*' or '|'))
        {
            problem = "holds a character a path cannot (a space, '\\', '?', '#', ':', quotes); write the old path as it appeared in the address bar, like `/articles/2023-09-05-old-title/`";
            return null;
        }

        var segments = value.Trim('/').Split('/');
        if (segments.Any(s => s is ".." or "."))
        {
            problem = "leaves the output folder ('..' or '.'); an alias is a path from the site's root, like `/articles/2023-09-05-old-title/`";
            return null;
        }

        if (segments.Any(s => s.Length == 0))
        {
            problem = value.Trim('/').Length == 0
                ? "is the home page; an alias names an old address of this article"
                : "has an empty segment ('//')";
            return null;
        }

        var path = string.Join('/', segments);

        // As in Hugo: a path to an .html file is that file; anything else is a folder with an index.html.
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? path
            : path + "/";
    }
}
