using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Build;

/// <summary>
/// The output folder's safety rules: which folders may be an output at all, and the staged swap that
/// replaces the old site only once the new one is complete. Nothing outside the output folder and
/// its own sibling staging folders is ever deleted.
/// </summary>
public static class OutputFolder
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Problems that make <paramref name="output"/> unusable; empty when it is a safe output folder.</summary>
    public static IReadOnlyList<Diagnostic> Check(SiteConfig config, string output)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(output);
        var target = Normalize(output);
        var display = DisplayPath.For(target);
        var problems = new List<Diagnostic>();
        if (Path.GetDirectoryName(target) is null)
        {
            problems.Add(Diagnostic.Error(display, 0, 0, "the output folder cannot be the root of a drive. Pass --output DIR, e.g. --output _site."));
            return problems;
        }

        var protectedFolders = new (string Path, string What)[]
        {
            (config.RootDirectory, "the site's folder (where site-config.yml is)"),
            (config.SeedsDirectory, "the seeds folder"),
            (config.TemplatesDirectory, "the templates folder"),
            (config.ContentDirectory, "the front-matter pages folder"),
        };
        foreach (var (path, what) in protectedFolders)
        {
            var folder = Normalize(path);
            if (string.Equals(folder, target, PathComparison))
            {
                problems.Add(Diagnostic.Error(display, 0, 0,
                    $"the output folder is {what}; building would replace it. Choose a folder of its own, e.g. --output _site."));
            }
            else if (IsInside(folder, target))
            {
                problems.Add(Diagnostic.Error(display, 0, 0,
                    $"the output folder contains {what} ({DisplayPath.For(folder)}); building would delete it. Choose a folder of its own, e.g. --output _site."));
            }
        }

        if (File.Exists(target))
        {
            problems.Add(Diagnostic.Error(display, 0, 0, "the output path is a file, not a folder. Remove it or choose another --output."));
        }

        return problems;
    }

    /// <summary>Creates an empty staging folder beside the output folder (same volume, so the swap is a rename).</summary>
    public static string CreateStaging(string output)
    {
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Replaces <paramref name="output"/> with the finished <paramref name="staging"/> folder.</summary>
    public static void Publish(string staging, string output)
    {
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var previous = Path.Combine(parent, $".{Path.GetFileName(target)}.previous-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the old site back: a failed swap must leave the previous site where it was.
            Directory.Move(previous, target);
            throw;
        }

        Directory.Delete(previous, recursive: true);
    }

    /// <summary>
    /// An incremental publish: moves each file of <paramref name="staging"/> over its counterpart in <paramref name="output"/>
    /// (one rename per file, so no reader ever sees half a file), then deletes <paramref name="obsolete"/> files and the
    /// folders they leave empty. Only paths inside the output folder are touched.
    /// </summary>
    /// <param name="staged">The staged files, relative to <paramref name="staging"/>, '/' separated.</param>
    /// <param name="obsolete">Files of the output folder the new site no longer has, relative, '/' separated.</param>
    public static void PublishChanges(string staging, string output, IEnumerable<string> staged, IEnumerable<string> obsolete)
    {
        ArgumentNullException.ThrowIfNull(staged);
        ArgumentNullException.ThrowIfNull(obsolete);
        var target = Normalize(output);
        foreach (var file in staged)
        {
            var destination = Resolve(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Resolve(staging, file), destination, overwrite: true);
        }

        foreach (var file in obsolete)
        {
            var path = Resolve(target, file);
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && IsInside(folder, target); folder = Path.GetDirectoryName(folder))
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    break;
                }

                Directory.Delete(folder);
            }
        }
    }

    /// <summary>Deletes a staging folder made by <see cref="CreateStaging"/> (after a failed build).</summary>
    public static void Discard(string staging)
    {
        if (Path.GetFileName(staging).Contains(".building-", StringComparison.Ordinal) && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="root"/>; throws when it would land outside.</summary>
    public static string Resolve(string root, string relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relative);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!IsInside(full, Normalize(root)))
        {
            throw new InvalidOperationException($"'{relative}' would be written outside the output folder.");
        }

        return full;
    }

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison)
        || (folder.EndsWith(Path.DirectorySeparatorChar) && path.StartsWith(folder, PathComparison) && path.Length > folder.Length);
}
