using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Content;

/// <summary>Where <c>chronicle ingest</c> may write pages: never the site root, the seeds or templates, nor a folder holding them.</summary>
public static class ContentFolder
{
    /// <summary>Throws <see cref="DiagnosticException"/> when writing pages into <paramref name="folder"/> could overwrite inputs.</summary>
    public static void EnsureSafe(string folder, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(config);
        var target = Normalize(folder);
        var protectedFolders = new[]
        {
            ("the site's root folder", config.RootDirectory),
            ("the seeds folder", config.SeedsDirectory),
            ("the templates folder", config.TemplatesDirectory),
        };
        foreach (var (what, path) in protectedFolders)
        {
            var guarded = Normalize(path);
            if (guarded == target || guarded.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                  || target.StartsWith(guarded + Path.DirectorySeparatorChar, StringComparison.Ordinal) && what != "the site's root folder")
            {
                throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(folder), 0, 0,
                    $"refusing to write pages here: it is or contains {what}. Pass an output folder of its own, e.g. --output content.")]);
            }
        }
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
