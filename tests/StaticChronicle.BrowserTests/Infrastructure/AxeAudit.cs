using System.Text.Json;
using Microsoft.Playwright;
using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (node_modules/axe-core/axe.min.js, installed by <c>npm ci</c>) inside a loaded page.</summary>
public static class AxeAudit
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not installed ({path} is missing). Run `npm ci` in the repository root.");
    });

    /// <summary>Every violation on the page, optionally only of the given rules (e.g. "color-contrast").</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, params string[] rules)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value }).ConfigureAwait(false);
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async rules => {
              const options = { resultTypes: ['violations'] };
              if (rules.length > 0) options.runOnly = { type: 'rule', values: rules };
              const report = await axe.run(document, options);
              return report.violations.map(v => ({
                id: v.id, impact: v.impact ?? 'unknown', help: v.help,
                targets: v.nodes.map(n => n.target.join(' ')),
              }));
            }
            """,
            rules).ConfigureAwait(false);
        return [.. result.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }
}
