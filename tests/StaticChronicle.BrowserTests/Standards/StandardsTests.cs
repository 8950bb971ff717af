using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;
using StaticChronicle.Testing;
using Xunit.Abstractions;

namespace StaticChronicle.BrowserTests.Standards;

/// <summary>
/// The built site as the standards' own checkers read it: the W3C Nu Html Checker, a real feed parser,
/// TimelineJS itself, and JSON-LD parsed and held to what search engines require. All come from the
/// committed npm lock file; java is the machine's.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class StandardsTests(SiteFixture site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_nu_html_checker_finds_no_error_on_any_page()
    {
        var jar = NodeTool.Installed("vnu-jar", "build", "dist", "vnu.jar");
        var pages = Directory.EnumerateFiles(site.SiteDirectory, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site.SiteDirectory, f).StartsWith("pagefind", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(pages);

        var (code, stdout, stderr) = await NodeTool.RunAsync("java", ["-jar", jar, "--format", "json", "--stdout", "--exit-zero-always", .. pages]);
        Assert.True(code == 0, $"the Nu Html Checker did not run (exit {code}): {stderr}");
        using var report = JsonDocument.Parse(stdout);
        var messages = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (
                Type: m.GetProperty("type").GetString()!,
                SubType: m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
                Where: $"{Relative(m.TryGetProperty("url", out var url) ? url.GetString() : null)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}",
                Text: m.GetProperty("message").GetString()!))
            .ToList();
        foreach (var warning in messages.Where(m => m.Type != "error"))
        {
            output.WriteLine($"{warning.Where}: {warning.SubType ?? warning.Type}: {warning.Text}");
        }

        var errors = messages.Where(m => m.Type == "error").Select(m => $"{m.Where}: {m.Text}").ToList();
        output.WriteLine($"Nu Html Checker: {pages.Length} pages, {errors.Count} errors, {messages.Count - errors.Count} warnings/info");
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join('\n', errors));
    }

    [BrowserFact]
    public async Task A_feed_parser_reads_the_atom_feed_with_every_article_newest_first()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.BrowserTests", "Standards", "parse-feed.cjs");
        NodeTool.Installed("feedparser", "package.json");
        var (code, stdout, stderr) = await NodeTool.RunAsync("node", script, Path.Combine(site.SiteDirectory, "feed.xml"));
        Assert.True(code == 0, $"feedparser rejected feed.xml: {stderr}");

        using var feed = JsonDocument.Parse(stdout);
        var root = feed.RootElement;
        Assert.Equal("atom", root.GetProperty("type").GetString());
        Assert.Equal(SiteFixture.PublishedBaseUrl + "feed.xml", root.GetProperty("xmlurl").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        var articles = ArticleDirectories();
        Assert.Equal(articles.Count, items.Count);
        Assert.All(items, i => Assert.StartsWith(SiteFixture.PublishedBaseUrl + "articles/", i.GetProperty("link").GetString(), StringComparison.Ordinal));
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        // The feed's <updated> is the newest article's date plus one second per article, so adding an article dated in
        // the past still moves it (README, "The site").
        var newest = DateTimeOffset.Parse(dates[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(newest.AddSeconds(articles.Count), DateTimeOffset.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [BrowserFact]
    public async Task TimelineJS_renders_timeline_json_with_a_slide_per_event()
    {
        var script = NodeTool.Installed("@knight-lab", "timelinejs", "dist", "js", "timeline.js");
        var css = NodeTool.Installed("@knight-lab", "timelinejs", "dist", "css", "timeline.css");
        var json = await File.ReadAllTextAsync(Path.Combine(site.SiteDirectory, "timeline.json"));
        using var data = JsonDocument.Parse(json);
        var events = data.RootElement.GetProperty("events").GetArrayLength();

        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>embed</title></head><body><div id=\"timeline-embed\" style=\"width: 1000px; height: 600px\"></div></body></html>");
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = css });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
        await page.EvaluateAsync("json => { window.timeline = new TL.Timeline('timeline-embed', JSON.parse(json)); }", json);

        // TimelineJS builds its slides after loading: wait for the title slide plus one per event.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.tl-slide').length >= n", events + 1);
        var slides = await page.Locator(".tl-slide").CountAsync();
        var headlines = await page.Locator(".tl-slide .tl-headline").AllTextContentsAsync();
        Assert.Equal(events + 1, slides);
        Assert.Empty(errors);
        Assert.DoesNotContain(headlines, h => h.Contains("&#", StringComparison.Ordinal) || h.Contains("&amp;", StringComparison.Ordinal));
        Assert.True(await page.Locator(".tl-timegroup-message").CountAsync() >= 1 || await page.Locator(".tl-timegroup").CountAsync() >= 2,
            "events are not grouped: articles and milestones should sit in labelled rows");
    }

    [BrowserFact]
    public void Every_json_ld_block_parses_and_has_the_properties_search_engines_require()
    {
        var problems = new List<string>();
        var blocks = 0;
        foreach (var file in Directory.EnumerateFiles(site.SiteDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var where = Relative(file);
            foreach (Match m in JsonLdBlock().Matches(File.ReadAllText(file)))
            {
                blocks++;
                JsonElement root;
                try
                {
                    root = JsonDocument.Parse(m.Groups[1].Value).RootElement;
                }
                catch (JsonException e)
                {
                    problems.Add($"{where}: JSON-LD does not parse: {e.Message}");
                    continue;
                }

                if (root.GetProperty("@context").GetString() != "https://schema.org")
                {
                    problems.Add($"{where}: @context is not https://schema.org");
                }

                string[] required = root.GetProperty("@type").GetString() switch
                {
                    "NewsArticle" => ["headline", "datePublished", "url", "author", "publisher", "image"],
                    "Person" => ["name", "url"],
                    var other => [$"(unexpected @type {other})"],
                };
                problems.AddRange(required.Where(p => !root.TryGetProperty(p, out var v) || v.ValueKind is JsonValueKind.Null
                        || (v.ValueKind == JsonValueKind.String && v.GetString()!.Length == 0))
                    .Select(p => $"{where}: {root.GetProperty("@type").GetString()} has no {p}"));
                if (root.TryGetProperty("publisher", out var publisher) && !publisher.TryGetProperty("name", out _))
                {
                    problems.Add($"{where}: publisher has no name");
                }

                // The image must be a file of the built site (the page's social card), not just a URL.
                if (root.TryGetProperty("image", out var image) && image.ValueKind == JsonValueKind.Object
                    && image.TryGetProperty("url", out var imageUrl) && imageUrl.GetString() is { } url)
                {
                    var local = url.StartsWith(SiteFixture.PublishedBaseUrl, StringComparison.Ordinal)
                        ? Path.Combine(site.SiteDirectory, url[SiteFixture.PublishedBaseUrl.Length..])
                        : null;
                    if (local is null || !File.Exists(local))
                    {
                        problems.Add($"{where}: image {url} is not a file of the built site");
                    }
                }
            }
        }

        Assert.True(blocks >= ArticleDirectories().Count, $"only {blocks} JSON-LD blocks in the site");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private List<string> ArticleDirectories() =>
        [.. Directory.EnumerateDirectories(Path.Combine(site.SiteDirectory, "articles")).Where(d => File.Exists(Path.Combine(d, "index.html")))];

    private string Relative(string? fileOrUrl)
    {
        if (fileOrUrl is null)
        {
            return "?";
        }

        var path = fileOrUrl.StartsWith("file:", StringComparison.Ordinal) ? new Uri(fileOrUrl).LocalPath : fileOrUrl;
        return Path.GetRelativePath(site.SiteDirectory, path).Replace('\\', '/');
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
