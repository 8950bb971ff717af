namespace StaticChronicle.Config;

/// <summary>Where the inputs and outputs live, relative to the configuration file's folder.</summary>
public sealed record SitePaths(string Seeds, string Templates, string Output, string Content)
{
    public static SitePaths Default { get; } = new("seeds", "templates", "_site", "content");
}
