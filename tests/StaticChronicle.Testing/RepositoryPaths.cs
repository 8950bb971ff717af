namespace StaticChronicle.Testing;

/// <summary>Finds the checkout (the folder holding StaticChronicle.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootValue = new(FindRoot);

    public static string Root => RootValue.Value;

    /// <summary><c>../shared</c> beside the checkout: the gold extraction file and the Scriban corpus.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    public static string SiteConfig => Path.Combine(Root, "site-config.yml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticChronicle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StaticChronicle.sln not found above " + AppContext.BaseDirectory);
    }
}
