using System.Diagnostics;
using System.Runtime.InteropServices;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Search;

/// <summary>
/// Writes Pagefind's full-text search index (the <c>pagefind/</c> folder) into a built site by running the
/// Pagefind binary that <c>npm ci</c> installs from the repository's package-lock.json.
/// </summary>
public sealed class PagefindIndexer
{
    /// <summary>Overrides where the binary is looked for; the same variable Pagefind's own npm wrapper reads.</summary>
    public const string BinaryVariable = "PAGEFIND_BINARY_PATH";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private PagefindIndexer(string binaryPath) => BinaryPath = binaryPath;

    public string BinaryPath { get; }

    /// <summary>
    /// Finds the binary in <c>node_modules</c> of <paramref name="startDirectory"/> or a parent: it ships in Pagefind's
    /// platform package (<c>@pagefind/linux-x64/bin/</c>), an optional dependency in package.json.
    /// </summary>
    /// <exception cref="DiagnosticException">The binary is not installed; the message says to run <c>npm ci</c>.</exception>
    public static PagefindIndexer Locate(string startDirectory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(BinaryVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? new PagefindIndexer(fromEnvironment)
                : throw Missing($"{BinaryVariable} is set to '{fromEnvironment}', which does not exist.");
        }

        var package = Path.Combine("node_modules", "@pagefind", PlatformPackage, "bin");
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            foreach (var name in ExecutableNames)
            {
                var candidate = Path.Combine(directory.FullName, package, name);
                if (File.Exists(candidate))
                {
                    return new PagefindIndexer(candidate);
                }
            }
        }

        throw Missing($"It is looked for in {package.Replace('\\', '/')}/ under {DisplayPath.For(startDirectory)} and its parent folders.");
    }

    /// <summary>Indexes every page of <paramref name="siteDirectory"/> and returns Pagefind's own summary lines.</summary>
    /// <exception cref="DiagnosticException">Pagefind failed; its error output is in the message.</exception>
    public string Index(string siteDirectory)
    {
        var start = new ProcessStartInfo(BinaryPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = siteDirectory,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteDirectory);

        using var process = Process.Start(start) ?? throw Failed(siteDirectory, "the process did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw Failed(siteDirectory, $"it did not finish within {Timeout.TotalMinutes} minutes");
        }

        var text = output.GetAwaiter().GetResult();
        var problems = error.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            throw Failed(siteDirectory, $"exit code {process.ExitCode}: {(problems.Length > 0 ? problems : text.Trim())}");
        }

        return string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("Indexed ", StringComparison.Ordinal)));
    }

    private static string PlatformPackage
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
            var cpu = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
            return $"{os}-{cpu}";
        }
    }

    // Pagefind 1.x ships "pagefind_extended" (with CJK segmentation) and, in older releases, "pagefind".
    private static string[] ExecutableNames => OperatingSystem.IsWindows()
        ? ["pagefind_extended.exe", "pagefind.exe"]
        : ["pagefind_extended", "pagefind"];

    private static DiagnosticException Missing(string where) => new([
        Diagnostic.Error("package.json", 0, 0,
            $"--search needs the Pagefind binary, which is not installed. {where} Run `npm ci` in the repository root: it installs Pagefind from package-lock.json."),
    ]);

    private static DiagnosticException Failed(string siteDirectory, string why) => new([
        Diagnostic.Error(DisplayPath.For(siteDirectory), 0, 0, $"Pagefind could not index the site: {why}."),
    ]);
}
