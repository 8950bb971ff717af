using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

/// <summary>A throwaway site with the repository's configuration and an empty seeds folder, for tests that bring their own seeds.</summary>
internal sealed class BlankSite : IDisposable
{
    public BlankSite()
    {
        Root = Directory.CreateTempSubdirectory("chronicle-site-").FullName;
        Config = Path.Combine(Root, "site-config.yml");
        File.Copy(RepositoryPaths.SiteConfig, Config);
        Seeds = Directory.CreateDirectory(Path.Combine(Root, "seeds")).FullName;
    }

    public string Root { get; }

    public string Config { get; }

    public string Seeds { get; }

    public string AddSeed(string name, string text)
    {
        var path = Path.Combine(Seeds, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
