namespace StaticChronicle.Config;

/// <summary>Values given on the command line, which win over <c>site-config.yml</c>. Paths are relative to the working folder.</summary>
public sealed record ConfigOverrides(string? SeedsDirectory = null, string? OutputDirectory = null, string? TemplatesDirectory = null, Uri? BaseUrl = null)
{
    public SiteConfig ApplyTo(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config with
        {
            BaseUrl = BaseUrl is null ? config.BaseUrl : SiteConfigLoader.NormalizeBaseUrl(BaseUrl),
            Paths = config.Paths with
            {
                Seeds = SeedsDirectory is null ? config.Paths.Seeds : Path.GetFullPath(SeedsDirectory),
                Output = OutputDirectory is null ? config.Paths.Output : Path.GetFullPath(OutputDirectory),
                Templates = TemplatesDirectory is null ? config.Paths.Templates : Path.GetFullPath(TemplatesDirectory),
            },
        };
    }
}
