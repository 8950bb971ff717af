using StaticChronicle.Diagnostics;

namespace StaticChronicle.Files;

/// <summary>
/// The guard on files the build reads from the site's folder (seeds, templates, assets): a symbolic link that leads
/// outside the site's folder, or nowhere, is an error naming it, so nothing from elsewhere on the machine is published.
/// </summary>
public static class SiteFiles
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The problem with reading <paramref name="path"/> as part of the site rooted at <paramref name="siteRoot"/>, or null when there is none.</summary>
    /// <param name="alsoInside">A second folder links may lead into (a seeds folder given outside the site).</param>
    public static Diagnostic? ProblemWith(string path, string siteRoot, string? alsoInside = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(siteRoot);
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return null;
        }

        var display = DisplayPath.For(path);
        FileSystemInfo? final;
        try
        {
            final = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            // A loop of links (ELOOP) leads nowhere either.
            final = null;
        }

        if (final is null || !final.Exists)
        {
            return Diagnostic.Error(display, 0, 0,
                $"this is a symbolic link to '{info.LinkTarget}', which does not exist. Remove the link, or put the file it should point to in place.");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        var target = Path.GetFullPath(final.FullName);
        if (!IsInside(target, root) && (alsoInside is null || !IsInside(target, Path.TrimEndingDirectorySeparator(Path.GetFullPath(alsoInside)))))
        {
            return Diagnostic.Error(display, 0, 0,
                $"this is a symbolic link to {target}, outside the site's folder ({root}); nothing from outside it is read or published. Copy the file into the site instead of linking to it.");
        }

        return null;
    }

    /// <summary>
    /// Every file under <paramref name="folder"/> (recursively, in ordinal order of their paths), after checking every entry
    /// with <see cref="ProblemWith"/>; throws <see cref="DiagnosticException"/> listing every bad link. Links to folders are not followed.
    /// </summary>
    public static IReadOnlyList<string> Under(string folder, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        if (Directory.Exists(folder))
        {
            Walk(folder, siteRoot, files, problems);
        }

        if (problems.Count > 0)
        {
            throw new DiagnosticException(problems);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(string folder, string siteRoot, List<string> files, List<Diagnostic> problems)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (ProblemWith(entry, siteRoot) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            var info = new DirectoryInfo(entry);
            if (info.Exists)
            {
                if (info.LinkTarget is null)
                {
                    Walk(entry, siteRoot, files, problems);
                }
            }
            else
            {
                files.Add(entry);
            }
        }
    }

    private static bool IsInside(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison);
}
