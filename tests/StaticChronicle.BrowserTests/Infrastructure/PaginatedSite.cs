using StaticChronicle.Cli;
using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>
/// The repository's five seeds built with pages of <see cref="PageSize"/> entry (five people on a page of the people
/// index), so that the timeline, a topic, a person and the people index are series of pages a browser can walk (no
/// topic of the five seeds has more than two articles); served under /chronicle/.
/// Built once per test class that asks for it; the browser is the shared <see cref="SiteFixture"/>'s.
/// </summary>
public sealed class PaginatedSite : IAsyncLifetime
{
    public const int PageSize = 1;

    private string? workDirectory;
    private StaticSiteServer? server;

    public string SiteDirectory { get; private set; } = "";

    public Uri BaseUri => (server ?? throw new InvalidOperationException(Chromium.SkipReason ?? "the paginated site did not start")).BaseUri;

    public Uri Url(string relative) => new(BaseUri, relative);

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        workDirectory = Directory.CreateTempSubdirectory("chronicle-paged-").FullName;
        SiteDirectory = Path.Combine(workDirectory, "site");
        var config = await File.ReadAllTextAsync(RepositoryPaths.SiteConfig).ConfigureAwait(false);
        config = config
            .Replace("  page_size: 50", $"  page_size: {PageSize}", StringComparison.Ordinal)
            .Replace("  people_page_size: 200", "  people_page_size: 5", StringComparison.Ordinal)
            .Replace("  seeds: seeds ", $"  seeds: \"{RepositoryPaths.Seeds}\" ", StringComparison.Ordinal)
            .Replace("  templates: templates ", $"  templates: \"{RepositoryPaths.Templates}\" ", StringComparison.Ordinal);
        if (!config.Contains($"  page_size: {PageSize}\n", StringComparison.Ordinal) || !config.Contains(RepositoryPaths.Templates, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("site-config.yml no longer has the pagination and paths lines this fixture rewrites.");
        }

        var configPath = Path.Combine(workDirectory, "site-config.yml");
        await File.WriteAllTextAsync(configPath, config).ConfigureAwait(false);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(
            ["build", "--config", configPath, "--output", SiteDirectory, "--base-url", SiteFixture.PublishedBaseUrl, "--no-cache"], output, error).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException($"chronicle build of the paginated site failed with exit code {code}:\n{error}\n{output}");
        }

        server = await StaticSiteServer.StartAsync(SiteDirectory, new Uri(SiteFixture.PublishedBaseUrl).AbsolutePath).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        if (workDirectory is not null)
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }
}
