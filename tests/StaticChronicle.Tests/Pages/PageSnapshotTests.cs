using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Pages;

/// <summary>The main pages as approved HTML: any change to a template or the model shows up as a diff to review.</summary>
public class PageSnapshotTests(BuiltSiteFixture fixture) : IClassFixture<BuiltSiteFixture>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void Home() => Snapshot.Verify(_site.Read("index.html"), "html");

    [Fact]
    public void Timeline() => Snapshot.Verify(_site.Read("timeline/index.html"), "html");

    [Fact]
    public void Article() => Snapshot.Verify(_site.Read("articles/2023-09-05-na-chairman-hue-holds-talks-with-otsuji-hidehisa/index.html"), "html");

    [Fact]
    public void Person() => Snapshot.Verify(_site.Read("people/otsuji-hidehisa/index.html"), "html");

    [Fact]
    public void People_index() => Snapshot.Verify(_site.Read("people/index.html"), "html");

    [Fact]
    public void Anniversary() => Snapshot.Verify(_site.Read("anniversary/index.html"), "html");
}
