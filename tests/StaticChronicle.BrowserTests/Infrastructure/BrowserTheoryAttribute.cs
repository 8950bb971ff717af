namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>A theory that needs Chromium: reported as skipped, with the command that installs it, where the browser is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
