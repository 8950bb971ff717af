using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Caching;

/// <summary>File-system set-up shared by the cache tests.</summary>
internal static class TestSite
{
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>A copy of the repository's site (configuration, seeds, templates) in <paramref name="folder"/>, to build and edit freely.</summary>
    public static void CopyRepositorySite(string folder)
    {
        File.Copy(RepositoryPaths.SiteConfig, Path.Combine(folder, "site-config.yml"));
        CopyFolder(RepositoryPaths.Seeds, Path.Combine(folder, "seeds"));
        CopyFolder(RepositoryPaths.Templates, Path.Combine(folder, "templates"));
    }

    /// <summary>Every file under <paramref name="folder"/> by relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Tree(string folder)
    {
        var tree = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            tree[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return tree;
    }
}
