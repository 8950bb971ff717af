namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>Puts every browser test class on the one shared <see cref="SiteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
