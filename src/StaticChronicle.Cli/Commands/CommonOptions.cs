using System.CommandLine;
using StaticChronicle.Config;

namespace StaticChronicle.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and documented once.</summary>
public static class CommonOptions
{
    public static Option<FileInfo> Config() => new("--config", "-c")
    {
        Description = "The site configuration file.",
        DefaultValueFactory = _ => new FileInfo("site-config.yml"),
    };

    public static Option<DirectoryInfo?> Seeds() => new("--seeds")
    {
        Description = "Folder of raw article seeds (overrides paths.seeds).",
    };

    public static Option<DirectoryInfo?> Output(string what) => new("--output", "-o")
    {
        Description = $"Folder to write {what} into (overrides the configuration).",
    };

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "Absolute URL the site is published under, e.g. https://example.github.io/chronicle/ (overrides base_url).",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (SiteConfigLoader.BaseUrlProblem(text, "--base-url") is { } problem)
            {
                result.AddError(problem);
                return null;
            }

            return new Uri(text, UriKind.Absolute);
        },
    };

    /// <summary>Loads the configuration and applies the command-line overrides to it.</summary>
    public static SiteConfig LoadConfig(FileInfo configFile, ConfigOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(configFile);
        ArgumentNullException.ThrowIfNull(overrides);
        return overrides.ApplyTo(SiteConfigLoader.Load(configFile.FullName));
    }
}
