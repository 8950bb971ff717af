using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Build;

/// <summary>
/// The output folder's safety rules: which folders may be an output at all, and the staged publish that
/// replaces the old site only once the new one is complete. Nothing outside the output folder and
/// its own sibling staging folders is ever deleted.
/// </summary>
/// <remarks>
/// Publishing survives being killed at any point. A whole-site publish is two renames (old site aside as
/// <c>.NAME.previous-ID</c>, staging in); an incremental publish first writes a journal into the staging folder
/// and renames it to <c>.NAME.publishing-ID</c>, then moves file by file. <see cref="Recover"/>, run before every
/// build, finishes a journalled publish, puts an old site back whose replacement never arrived, and deletes
/// staging folders a killed build left behind.
/// </remarks>
public static class OutputFolder
{
    /// <summary>The file every build writes into the output folder, so that the next build knows the folder is its own to replace.</summary>
    public const string MarkerFile = ".chronicle-output";

    /// <summary>The marker's text: says to a person who finds the file what it is for.</summary>
    public const string MarkerText = "This folder is the output of StaticChronicle (chronicle build). The next build replaces it whole; do not keep other files here.\n";

    private const string JournalFile = ".chronicle-publish-journal";

    /// <summary>What every earlier version wrote at the top of its output; a folder holding all of them is taken as our output too.</summary>
    private static readonly string[] EarlierOutputFiles = [".nojekyll", "sitemap.xml", "feed.xml", "timeline.json", "data/articles.json", "data/people.json"];

    private static readonly string[] StagingKinds = ["building", "previous", "publishing"];

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Called at each step of a publish with the output folder and the step's name; tests throw from it to simulate a build killed there.</summary>
    internal static Action<string, string>? PublishStep { get; set; }

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

        var root = Normalize(config.RootDirectory);
        var serveOutput = Normalize(Path.Combine(root, ".chronicle", "serve"));
        var isServeOutput = string.Equals(target, serveOutput, PathComparison);
        var protectedFolders = new (string Path, string What, bool OutputMayBeInside)[]
        {
            (root, "the site's folder (where site-config.yml is)", true),
            (config.SeedsDirectory, "the seeds folder", false),
            (config.TemplatesDirectory, "the templates folder", false),
            (config.ContentDirectory, "the front-matter pages folder", false),
            (Path.Combine(root, ".git"), "the repository's .git folder", false),
            (Path.Combine(root, ".chronicle"), "the tool's own .chronicle folder (build cache)", isServeOutput),
        };
        foreach (var (path, what, outputMayBeInside) in protectedFolders)
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
            else if (!outputMayBeInside && IsInside(target, folder))
            {
                problems.Add(Diagnostic.Error(display, 0, 0,
                    $"the output folder is inside {what} ({DisplayPath.For(folder)}); building would overwrite what is kept there. Choose a folder of its own, e.g. --output _site."));
            }
        }

        // Inside any git folder or tool folder, this site's or another's: the output would damage what they keep.
        for (var folder = Path.GetDirectoryName(target); folder is not null && problems.Count == 0 && !isServeOutput; folder = Path.GetDirectoryName(folder))
        {
            if (Path.GetFileName(folder) is ".git" or ".chronicle")
            {
                problems.Add(Diagnostic.Error(display, 0, 0,
                    $"the output folder is inside {DisplayPath.For(folder)}; building there would damage it. Choose a folder of its own, e.g. --output _site."));
            }
        }

        if (File.Exists(target))
        {
            problems.Add(Diagnostic.Error(display, 0, 0, "the output path is a file, not a folder. Remove it or choose another --output."));
        }
        else if (problems.Count == 0 && Directory.Exists(target) && !IsReplaceable(target, out var why))
        {
            problems.Add(Diagnostic.Error(display, 0, 0,
                $"the output folder already exists and is not a previous output of chronicle ({why}); building would delete what is in it. " +
                $"Choose a new or empty folder with --output DIR, or, if this folder really is a chronicle output, empty it first."));
        }

        return problems;
    }

    /// <summary>
    /// True when <paramref name="folder"/> may be replaced: empty, holding our marker, or holding every file an earlier
    /// version of the tool wrote (those wrote no marker) and no site-config.yml or .git of its own.
    /// </summary>
    private static bool IsReplaceable(string folder, out string why)
    {
        why = "";
        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return true;
        }

        if (File.Exists(Path.Combine(folder, "site-config.yml")) || Directory.Exists(Path.Combine(folder, ".git")))
        {
            why = File.Exists(Path.Combine(folder, "site-config.yml")) ? "it holds a site-config.yml" : "it holds a .git folder";
            return false;
        }

        if (File.Exists(Path.Combine(folder, MarkerFile)) || EarlierOutputFiles.All(f => File.Exists(Path.Combine(folder, f))))
        {
            return true;
        }

        why = $"it is not empty and has no {MarkerFile} file";
        return false;
    }

    /// <summary>
    /// Brings the output folder back to one build's whole output after a build was killed: finishes a journalled
    /// incremental publish, moves an old site back that was set aside but never replaced, and deletes the staging
    /// folders of killed builds. Returns one line per thing it did.
    /// </summary>
    public static IReadOnlyList<string> Recover(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target);
        var notes = new List<string>();
        if (parent is null || !Directory.Exists(parent))
        {
            return notes;
        }

        var name = Path.GetFileName(target);
        var leftovers = StagingKinds.ToDictionary(k => k, k => Directory.EnumerateDirectories(parent, $".{name}.{k}-*")
            .Where(d => IsStagingName(Path.GetFileName(d), name, k))
            .Order(StringComparer.Ordinal)
            .ToList());

        foreach (var publishing in leftovers["publishing"])
        {
            if (Directory.Exists(target) && File.Exists(Path.Combine(publishing, JournalFile)))
            {
                FinishJournal(publishing, target);
                notes.Add($"finished publishing {DisplayPath.For(target)}, which an interrupted build had left half done.");
            }

            Directory.Delete(publishing, recursive: true);
        }

        foreach (var previous in leftovers["previous"])
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(previous, target);
                notes.Add($"put the previous site back into {DisplayPath.For(target)}: an interrupted build had set it aside.");
            }
            else
            {
                Directory.Delete(previous, recursive: true);
            }
        }

        foreach (var building in leftovers["building"])
        {
            Directory.Delete(building, recursive: true);
        }

        if (leftovers.Values.Sum(l => l.Count) > notes.Count)
        {
            notes.Add($"removed the staging folders of interrupted builds beside {DisplayPath.For(target)}.");
        }

        return notes;
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
        ArgumentNullException.ThrowIfNull(staging);
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
            PublishStep?.Invoke(target, "set-aside");
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Put the old site back: a failed swap must leave the previous site where it was.
            if (!Directory.Exists(target))
            {
                Directory.Move(previous, target);
            }

            throw;
        }

        Directory.Delete(previous, recursive: true);
    }

    /// <summary>
    /// An incremental publish: moves each file of <paramref name="staging"/> over its counterpart in <paramref name="output"/>
    /// (one rename per file, so no reader ever sees half a file), then deletes <paramref name="obsolete"/> files and the
    /// folders they leave empty. Only paths inside the output folder are touched. The moves are journalled first, so
    /// that a build killed halfway is finished by the next one (<see cref="Recover"/>).
    /// </summary>
    /// <param name="staged">The staged files, relative to <paramref name="staging"/>, '/' separated.</param>
    /// <param name="obsolete">Files of the output folder the new site no longer has, relative, '/' separated.</param>
    public static void PublishChanges(string staging, string output, IEnumerable<string> staged, IEnumerable<string> obsolete)
    {
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(staged);
        ArgumentNullException.ThrowIfNull(obsolete);
        var target = Normalize(output);
        var lines = staged.Select(f => "+" + f).Concat(obsolete.Select(f => "-" + f)).ToList();
        var journal = Path.Combine(staging, JournalFile);
        File.WriteAllLines(journal + ".tmp", lines);
        File.Move(journal + ".tmp", journal);

        // The rename is the commit point: from here on the publish is finished, now or by the next build.
        var publishing = Path.Combine(Path.GetDirectoryName(staging)!, Path.GetFileName(staging).Replace(".building-", ".publishing-", StringComparison.Ordinal));
        Directory.Move(staging, publishing);
        try
        {
            FinishJournal(publishing, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(target), 0, 0,
                $"publishing the changed files was interrupted ({e.Message}). Fix the cause and build again: the next build finishes the publish first.")]);
        }

        Directory.Delete(publishing, recursive: true);
    }

    /// <summary>Does what a journal says that is not done yet; every step can be repeated, so a second run after a kill is safe.</summary>
    private static void FinishJournal(string publishing, string target)
    {
        var lines = File.ReadAllLines(Path.Combine(publishing, JournalFile));
        var moved = 0;
        foreach (var line in lines.Where(l => l.StartsWith('+')))
        {
            var source = Resolve(publishing, line[1..]);
            if (!File.Exists(source))
            {
                continue;
            }

            var destination = Resolve(target, line[1..]);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(source, destination, overwrite: true);
            PublishStep?.Invoke(target, $"moved-{++moved}");
        }

        foreach (var line in lines.Where(l => l.StartsWith('-')))
        {
            var path = Resolve(target, line[1..]);
            if (!File.Exists(path))
            {
                continue;
            }

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
        ArgumentNullException.ThrowIfNull(staging);
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

    private static bool IsStagingName(string folder, string name, string kind)
    {
        var id = folder[$".{name}.{kind}-".Length..];
        return id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
    }

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison)
        || (folder.EndsWith(Path.DirectorySeparatorChar) && path.StartsWith(folder, PathComparison) && path.Length > folder.Length);
}
