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
    public static IReadOnlyList<string> Enumerate(string seedsDirectory, string? siteRoot = null)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(seedsDirectory), 0, 0,
                "the seeds folder does not exist. Create it and add article files (.txt or .md), or pass --seeds DIR.")]);
        }

        var seeds = Directory.EnumerateFiles(seedsDirectory)
            .Where(IsSeed)
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToList();
        var root = siteRoot ?? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDirectory)))!;
        var problems = seeds.Select(s => SiteFiles.ProblemWith(s, root, seedsDirectory)).OfType<Diagnostic>().ToList();
        if (problems.Count > 0)
        {
            throw new DiagnosticException(problems);
        }

        return seeds;
    }

    public static bool IsSeed(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !Path.GetFileName(path).StartsWith('.')
        && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
