using System.IO.Enumeration;
using StaticChronicle.Diagnostics;
using StaticChronicle.Files;

namespace StaticChronicle.Seeds;

/// <summary>Finds the seed files of a site: <c>*.txt</c> and <c>*.md</c> directly in the seeds folder, in ordinal name order.</summary>
public static class SeedFiles
{
    public static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>
    /// Lists seed files; throws <see cref="DiagnosticException"/> when the folder is missing or a seed is a symbolic link
    /// that leads nowhere or outside <paramref name="siteRoot"/> (default: the folder above the seeds folder).
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string seedsDirectory, string? siteRoot = null) => List(seedsDirectory, siteRoot).Files;

    /// <summary>
    /// As <see cref="Enumerate"/>, with each seed's size and modification time as the listing found them: the cache's
    /// "nothing changed" check needs both, and asking the file system once per seed is enough.
    /// </summary>
    public static SeedListing List(string seedsDirectory, string? siteRoot = null)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(seedsDirectory), 0, 0,
                "the seeds folder does not exist. Create it and add article files (.txt or .md), or pass --seeds DIR.")]);
        }

        // The listing says which entries are links: only those are looked at again (serve lists 10,000 seeds per edit).
        var entries = new FileSystemEnumerable<(string Path, bool Link, long Length, long ModifiedTicks)>(
            seedsDirectory,
            (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0
                ? (entry.ToSpecifiedFullPath(), true, -1, -1)
                : (entry.ToSpecifiedFullPath(), false, entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        var listed = entries.Where(e => IsSeed(e.Path)).OrderBy(e => Path.GetFileName(e.Path), StringComparer.Ordinal).ToList();
        var seeds = listed.Select(e => e.Path).ToList();
        var root = siteRoot ?? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDirectory)))!;
        var problems = listed.Where(e => e.Link).Select(e => SiteFiles.ProblemWith(e.Path, root, seedsDirectory)).OfType<Diagnostic>().ToList();
        if (problems.Count > 0)
        {
            throw new DiagnosticException(problems);
        }

        // A link's own size and time are not its seed's: those of what it leads to are asked for when needed.
        var states = new Dictionary<string, (long Length, long ModifiedTicks)>(listed.Count, StringComparer.Ordinal);
        foreach (var entry in listed.Where(e => !e.Link))
        {
            states[entry.Path] = (entry.Length, entry.ModifiedTicks);
        }

        return new SeedListing(seeds, states);
    }

    public static bool IsSeed(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !Path.GetFileName(path).StartsWith('.')
        && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
