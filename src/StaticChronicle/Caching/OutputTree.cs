using System.IO.Enumeration;

namespace StaticChronicle.Caching;

/// <summary>The files under an output folder with their sizes and modification times, in one pass over the folder.</summary>
public static class OutputTree
{
    /// <summary>Relative path ('/' separated) → (length, modification ticks); empty when the folder does not exist.</summary>
    public static Dictionary<string, (long Length, long ModifiedTicks)> Scan(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var enumeration = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(
            root,
            (ref FileSystemEntry entry) => (
                Path.Join(entry.Directory[root.Length..], entry.FileName).TrimStart(Path.DirectorySeparatorChar).Replace(Path.DirectorySeparatorChar, '/'),
                entry.Length,
                entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var (path, length, ticks) in enumeration)
        {
            files[path] = (length, ticks);
        }

        return files;
    }

    /// <summary>The size and time of one file as <see cref="Scan"/> reports them.</summary>
    public static (long Length, long ModifiedTicks) StateOf(string file)
    {
        var info = new FileInfo(file);
        return (info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
