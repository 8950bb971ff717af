using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

/// <summary>A throw-away copy of the repository's site (configuration, seeds, templates) that a test may change freely.</summary>
internal sealed class TempSite : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("chronicle-site-");

    public TempSite()
    {
        File.Copy(RepositoryPaths.SiteConfig, ConfigPath);
        CopyFolder(RepositoryPaths.Seeds, SeedsPath);
        if (Directory.Exists(RepositoryPaths.Templates))
        {
            CopyFolder(RepositoryPaths.Templates, TemplatesPath);
        }
    }

    public string Root => _root.FullName;

    public string ConfigPath => Path.Combine(Root, "site-config.yml");

    public string SeedsPath => Path.Combine(Root, "seeds");

    public string TemplatesPath => Path.Combine(Root, "templates");

    public string OutputPath => Path.Combine(Root, "_site");

    public string[] SeedNames() => Directory.GetFiles(SeedsPath).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => _root.Delete(recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
