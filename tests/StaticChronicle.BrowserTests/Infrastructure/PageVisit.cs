using Microsoft.Playwright;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>One page opened in the browser, with everything that went wrong while it loaded: console errors,
/// script errors, failed requests and error responses.</summary>
public sealed class PageVisit
{
    private readonly List<string> problems = [];

    private PageVisit(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>Status of the page's own response.</summary>
    public int Status { get; private set; }

    /// <summary>What went wrong, one line each, naming the page.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab of <paramref name="context"/> and waits for its load event (styles, scripts, images).</summary>
    /// <param name="context">The browser context to open the tab in.</param>
    /// <param name="url">The page.</param>
    /// <param name="expectedStatus">The page's own status when it is not 200 (the 404 page).</param>
    public static async Task<PageVisit> OpenAsync(IBrowserContext context, Uri url, int expectedStatus = 200)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(url);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var visit = new PageVisit(page);
        var path = url.PathAndQuery;
        page.Console += (_, message) =>
        {
            // Chromium reports the page's own expected 404 as a console error; anything else is a real problem.
            if (message.Type == "error" && !(expectedStatus == 404 && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                visit.Add($"{path}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => visit.Add($"{path}: script error: {error}");
        page.RequestFailed += (_, request) => visit.Add($"{path}: request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != url.ToString())
            {
                visit.Add($"{path}: {response.Status} for {response.Url}");
            }
        };

        var response = await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        visit.Status = response?.Status ?? 0;
        if (visit.Status != expectedStatus)
        {
            visit.Add($"{path}: status {visit.Status}, expected {expectedStatus}");
        }

        return visit;
    }

    private void Add(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
