using Microsoft.Playwright;
using StaticChronicle.BrowserTests.Infrastructure;

namespace StaticChronicle.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_serious_or_critical_violation_in_light_mode(string kind)
    {
        var violations = await AuditAsync(kind, ColorScheme.Light);
        Assert.True(!violations.Any(v => v.IsSeriousOrCritical), $"{kind} page:\n" + string.Join('\n', violations));
    }

    [BrowserTheory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task Dark_mode_keeps_AA_contrast_and_no_serious_or_critical_violation(string kind)
    {
        var violations = await AuditAsync(kind, ColorScheme.Dark);
        Assert.True(!violations.Any(v => v.IsSeriousOrCritical || v.Id == "color-contrast"), $"{kind} page in dark mode:\n" + string.Join('\n', violations));
    }

    [BrowserFact]
    public async Task The_audit_reports_a_page_that_breaks_the_rules()
    {
        // Guards the two tests above against passing because axe never really ran.
        await using var context = await site.NewContextAsync(colorScheme: ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            "<!doctype html><html lang=\"en\"><title>t</title><body style=\"background:#121416\"><main>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><p style=\"color:#333\">too dark to read</p></main></body></html>");

        var violations = await AxeAudit.RunAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt" && v.IsSeriousOrCritical);
        Assert.Contains(violations, v => v.Id == "color-contrast" && v.IsSeriousOrCritical);
    }

    private async Task<IReadOnlyList<AxeViolation>> AuditAsync(string kind, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(colorScheme: scheme);
        var visit = await PageKinds.OpenAsync(site, context, kind);
        Assert.Empty(visit.Problems);
        var violations = await AxeAudit.RunAsync(visit.Page);

        // Every finding, minor ones included, is kept for a person to read.
        var report = violations.Count == 0 ? "no violations\n" : string.Join('\n', violations) + "\n";
        await File.WriteAllTextAsync(Artifacts.File(Artifacts.AxeReports, $"{kind}-{scheme.ToString().ToLowerInvariant()}.txt"), report);
        return violations;
    }
}
