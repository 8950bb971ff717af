using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>Where the browser tests leave what a person should look at: screenshots and the axe report (git-ignored).</summary>
public static class Artifacts
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.BrowserTests", "TestResults");

    public static string Screenshots => Path.Combine(Directory, "screenshots");

    public static string AxeReports => Path.Combine(Directory, "axe");

    /// <summary>A file path inside <paramref name="folder"/>, creating the folder.</summary>
    public static string File(string folder, string name)
    {
        System.IO.Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
