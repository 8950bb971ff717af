using Microsoft.Playwright;
using StaticChronicle.Cli;
using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>
/// One build of the repository's site (with its search index), served under /chronicle/, and one Chromium,
/// shared by every browser test: building and launching once keeps the suite inside CI's time budget.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string PublishedBaseUrl = "https://example.github.io/chronicle/";

    private string? workDirectory;
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The built site on disk.</summary>
    public string SiteDirectory { get; private set; } = "";

    /// <summary>The site's root as the browser sees it (http://127.0.0.1:PORT/chronicle/).</summary>
    public Uri BaseUri => Server.BaseUri;

    public StaticSiteServer Server => server ?? throw new InvalidOperationException(NotStarted);

    public IBrowser Browser => browser ?? throw new InvalidOperationException(NotStarted);

    /// <summary>Every HTML page the build wrote, as the URL a reader would use (folders end in '/').</summary>
    public IReadOnlyList<Uri> PageUrls { get; private set; } = [];

    private static string NotStarted => Chromium.SkipReason ?? "the site fixture did not start";

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(
                $"{Chromium.RequireVariable}=1 requires the browser tests to run, but Chromium is not installed at {Chromium.ExecutablePath}. {Chromium.InstallHint}");
        }

        workDirectory = Directory.CreateTempSubdirectory("chronicle-browser-").FullName;
        SiteDirectory = Path.Combine(workDirectory, "site");
        await BuildSiteAsync().ConfigureAwait(false);
        server = await StaticSiteServer.StartAsync(SiteDirectory, new Uri(PublishedBaseUrl).AbsolutePath).ConfigureAwait(false);
        PageUrls = ListPages();

        playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        }).ConfigureAwait(false);
    }

    /// <summary>A fresh browser context (own cookies and storage) at the given viewport width and colour scheme.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        }).ConfigureAwait(false);

        // CI shares two cores with the build and other suites; Playwright's 30 s / 5 s defaults failed a correct page there.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return context;
    }

    /// <summary>The page at <paramref name="relative"/> (e.g. "timeline/") under the served base path.</summary>
    public Uri Url(string relative) => new(BaseUri, relative);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync().ConfigureAwait(false);
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        if (workDirectory is not null)
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }

    private async Task BuildSiteAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(
            ["build", "--config", RepositoryPaths.SiteConfig, "--output", SiteDirectory, "--base-url", PublishedBaseUrl, "--search"],
            output,
            error).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException($"chronicle build failed with exit code {code}:\n{error}\n{output}");
        }

        if (!File.Exists(Path.Combine(SiteDirectory, "index.html")))
        {
            throw new InvalidOperationException($"chronicle build succeeded but wrote no index.html into {SiteDirectory}:\n{output}");
        }
    }

    private List<Uri> ListPages()
    {
        var pages = new List<Uri>();
        foreach (var file in Directory.EnumerateFiles(SiteDirectory, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SiteDirectory, file).Replace('\\', '/');
            if (relative.StartsWith("pagefind/", StringComparison.Ordinal))
            {
                continue;
            }

            if (relative == "index.html" || relative.EndsWith("/index.html", StringComparison.Ordinal))
            {
                relative = relative[..^"index.html".Length];
            }

            pages.Add(Url(relative));
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.AbsolutePath, b.AbsolutePath));
        return pages;
    }
}
