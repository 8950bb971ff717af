namespace StaticChronicle.Tests.Pages;

/// <summary>One build of the sample site under /chronicle/, shared by the page tests of a class.</summary>
public sealed class BuiltSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
