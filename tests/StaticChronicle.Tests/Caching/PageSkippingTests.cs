using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Rendering;
using StaticChronicle.Testing;
using StaticChronicle.Tests.Build;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Caching;

/// <summary>Which pages an incremental build renders again: exactly those whose inputs changed.</summary>
public sealed class PageSkippingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        var templates = _temp.Combine("templates");
        if (!Directory.Exists(templates))
        {
            TestSite.CopyFolder(RepositoryPaths.Templates, templates);
        }

        var config = new ConfigOverrides(OutputDirectory: _temp.Combine("site"), TemplatesDirectory: templates).ApplyTo(SampleSite.Config());
        return config with { RootDirectory = _temp.Path };
    }

    private RecordingTemplates? _last;

    private BuildResult Build(IReadOnlyList<Article> articles, SiteConfig? config = null) =>
        SiteBuild.Run(config ?? Config(), articles, new BuildOptions
        {
            UseCache = true,
            LoadTemplates = folder => _last = new RecordingTemplates(ScribanTemplates.Load(folder)),
        });

    [Fact]
    public void A_second_build_of_the_same_articles_renders_nothing()
    {
        var first = Build(SampleSite.Articles);
        var second = Build(SampleSite.Articles);

        Assert.Equal(first.Pages, first.PagesRendered);
        Assert.Equal(0, second.PagesRendered);
        Assert.Empty(_last!.Pages);
    }

    [Fact]
    public void A_changed_title_renders_the_pages_that_show_it_and_no_others()
    {
        Build(SampleSite.Articles);
        var changed = SampleSite.Articles[2];
        var articles = SampleSite.Articles.Select(a => a == changed ? a with { Title = a.Title + " (updated)" } : a).ToList();

        Build(articles);
        var rendered = _last!.Pages;

        // The sample's articles are in date order, so its neighbours are the articles either side.
        Assert.Contains($"articles/{changed.Slug}/", rendered);
        Assert.Contains($"articles/{SampleSite.Articles[1].Slug}/", rendered);
        Assert.Contains($"articles/{SampleSite.Articles[3].Slug}/", rendered);
        Assert.Contains($"timeline/{changed.Date.Year}/", rendered);
        Assert.Contains("", rendered);
        foreach (var person in changed.People)
        {
            Assert.Contains($"people/{person.Id}/", rendered);
        }

        foreach (var topic in changed.Topics)
        {
            Assert.Contains($"topics/{topic}/", rendered);
        }

        var elsewhere = SampleSite.Articles.Where((a, i) => Math.Abs(i - 2) > 1).ToList();
        Assert.NotEmpty(elsewhere);
        foreach (var other in elsewhere)
        {
            Assert.DoesNotContain($"articles/{other.Slug}/", rendered);
        }

        var otherPeople = SampleSite.Articles.SelectMany(a => a.People).Select(p => p.Id).Except(changed.People.Select(p => p.Id)).ToList();
        Assert.NotEmpty(otherPeople);
        foreach (var id in otherPeople)
        {
            Assert.DoesNotContain($"people/{id}/", rendered);
        }

        var otherTopics = SampleSite.Articles.SelectMany(a => a.Topics).Except(changed.Topics).ToList();
        Assert.NotEmpty(otherTopics);
        foreach (var id in otherTopics)
        {
            Assert.DoesNotContain($"topics/{id}/", rendered);
        }
    }
}
