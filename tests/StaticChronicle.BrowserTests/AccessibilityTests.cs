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
