using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace StaticChronicle.Caching;

/// <summary>The files under an output folder with their sizes and modification times, in one pass over the folder.</summary>
public static class OutputTree
{
    /// <summary>Folders this deep are each listed whole, side by side; above them the scan goes level by level.</summary>
    private const int SplitDepth = 2;

    /// <summary>Relative path ('/' separated) → (length, modification ticks); empty when the folder does not exist.</summary>
    /// <remarks>
    /// A site keeps most of its pages two levels down (<c>articles/&lt;slug&gt;/index.html</c>): listing 10,000 such folders one
    /// after another was a fifth of a second that a build and the "nothing changed" check both waited for.
    /// </remarks>
    public static Dictionary<string, (long Length, long ModifiedTicks)> Scan(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var level = new List<string> { root };
        for (var depth = 0; depth < SplitDepth && level.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var directory in level)
            {
                foreach (var (path, isFolder, length, ticks) in List(directory, recurse: false))
                {
                    if (isFolder)
                    {
                        next.Add(path);
                    }
                    else
                    {
                        files[Relative(root, path)] = (length, ticks);
                    }
                }
            }

            level = next;
        }

        var deep = new ConcurrentBag<List<(string Path, long Length, long Ticks)>>();
        Parallel.ForEach(level, directory => deep.Add([.. List(directory, recurse: true).Select(e => (Relative(root, e.Path), e.Length, e.Ticks))]));
        foreach (var part in deep)
        {
            foreach (var (path, length, ticks) in part)
            {
                files[path] = (length, ticks);
            }
        }

        return files;
    }

    /// <summary>The size and time of one file as <see cref="Scan"/> reports them.</summary>
    public static (long Length, long ModifiedTicks) StateOf(string file)
    {
        var info = new FileInfo(file);
        return (info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// The files in <paramref name="directory"/> (and below, with <paramref name="recurse"/>), and without it also its
    /// folders to go into, as one recursive listing would find them.
    /// </summary>
    private static FileSystemEnumerable<(string Path, bool IsFolder, long Length, long Ticks)> List(string directory, bool recurse) =>
        new(directory,
            (ref FileSystemEntry entry) => entry.IsDirectory
                ? (entry.ToFullPath(), true, 0, 0)
                : (entry.ToFullPath(), false, entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !recurse || !entry.IsDirectory,
        };

    private static string Relative(string root, string path) =>
        path[(Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
}
