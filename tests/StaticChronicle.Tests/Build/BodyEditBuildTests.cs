using StaticChronicle.Build;
using StaticChronicle.Caching;
using StaticChronicle.Content;
using StaticChronicle.Site;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

/// <summary>
/// What the body-only build rests on: an article's body reaches no page but its own (outside the anniversary year) and
/// no data file, as a whole build's fingerprints see them. A model or template change that let a body show elsewhere
/// fails here before it could leave a stale page behind.
/// </summary>
public sealed class BodyEditBuildTests
{
    private static Dictionary<string, UInt128> Fingerprints(IReadOnlyList<Article> articles)
    {
        var model = SiteModelBuilder.Build(SampleSite.Config(), articles);
        var jobs = PageCards.Attach(PagePlanner.Plan(model), model.Info);
        var stamps = jobs.Select(j => j.Template).Distinct(StringComparer.Ordinal).ToDictionary(t => t, _ => UInt128.One, StringComparer.Ordinal);
        var fingerprint = new ModelFingerprint();
        var pages = PageFingerprints.Of(fingerprint, jobs, model.Info, stamps);
        var result = jobs.Select((j, i) => (j.OutputPath, pages[i])).ToDictionary(p => p.OutputPath, p => p.Item2, StringComparer.Ordinal);
        foreach (var file in DataFiles.Of(model, jobs, []))
        {
            // A data file without recorded inputs is made every build: its bytes are what must not change.
            result[file.Path] = file.Inputs is null ? ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(file.Text())) : fingerprint.Of(file.Path, file.Inputs);
        }

        return result;
    }

    public static TheoryData<int> ArticlesOutsideTheAnniversaryYear()
    {
        var year = SampleSite.Config().Anniversary.Year;
        var data = new TheoryData<int>();
        for (var i = 0; i < SampleSite.Articles.Count; i++)
        {
            if (SampleSite.Articles[i].Date.Year != year)
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticlesOutsideTheAnniversaryYear))]
    public void A_changed_body_changes_the_fingerprint_of_its_own_page_and_of_nothing_else(int index)
    {
        var before = Fingerprints(SampleSite.Articles);
        var edited = SampleSite.Articles[index];
        var articles = SampleSite.Articles
            .Select(a => a == edited ? a with { Body = a.Body + "\n\nBoth delegations also visited a vocational school in the afternoon.\n" } : a)
            .ToList();

        var after = Fingerprints(articles);

        var own = SiteUrls.ArticlePath(edited.Slug) + "index.html";
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(before[own], after[own]);
        Assert.Equal([own], before.Keys.Where(k => before[k] != after[k]));
    }

    [Fact]
    public void An_article_that_differs_only_in_its_body_is_told_apart_from_one_that_differs_in_more()
    {
        var article = SampleSite.Articles[1];
        var compare = new ModelFingerprint();

        Assert.True(BodyEditBuild.SameButBody(article, article with { Body = article.Body + "\nOne more line.\n" }, compare));
        Assert.True(BodyEditBuild.SameButBody(article, article with { Body = "", People = [.. article.People] }, compare));
        Assert.False(BodyEditBuild.SameButBody(article, article with { Summary = article.Summary + " Updated." }, compare));
        Assert.False(BodyEditBuild.SameButBody(article, article with { Body = "", People = [.. article.People.Skip(1)] }, compare));
    }
}
