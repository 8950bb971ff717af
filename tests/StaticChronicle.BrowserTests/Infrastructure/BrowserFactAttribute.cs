namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>A test that needs Chromium: reported as skipped, with the command that installs it, where the browser is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}
