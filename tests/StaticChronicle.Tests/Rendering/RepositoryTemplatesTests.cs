using System.Diagnostics;
using StaticChronicle.Build;
using StaticChronicle.Content;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Testing;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Rendering;

/// <summary>The repository's own templates on Scriban, with the limits a build sets.</summary>
public sealed class RepositoryTemplatesTests
{
    private static readonly ITemplateRenderer Templates = ScribanTemplates.Load(RepositoryPaths.Templates);

    [Fact]
    public void A_code_block_in_a_seeds_markdown_comes_out_of_the_article_page_byte_for_byte()
    {
        var seed = SampleSite.Articles[0];
        var article = seed with
        {
            Body = "The two sides signed the following joint text.\n\n```\nArticle 1\n    Both parties agree:\n\t- to meet each year\n      (in Hanoi and Tokyo)\n```\n\nThe talks ended at noon.",
        };
        var model = SiteModelBuilder.Build(SampleSite.Config(), [article, .. SampleSite.Articles.Skip(1)]);
        var job = PagePlanner.Plan(model).Single(j => j.Template == "article.sbn-html" && j.OutputPath.Contains(seed.Slug, StringComparison.Ordinal));

        var html = new PageRenderer(Templates, model.Info).Render(job);

        Assert.Contains("<pre><code>Article 1\n    Both parties agree:\n\t- to meet each year\n      (in Hanoi and Tokyo)\n</code></pre>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_page_of_ten_thousand_rows_renders_inside_the_loop_limit()
    {
        // Pages are 50 rows by default; a site may ask for 10,000 (the most the configuration allows), and such a page
        // must still render. 9,950 articles and the configuration's milestones fill the one page.
        var config = SampleSite.Config() with { TimelineSplitThreshold = 1_000_000, PageSize = 10_000 };
        var start = new DateOnly(2000, 1, 1);
        var articles = Enumerable.Range(0, 9_950).Select(i =>
        {
            var seed = SampleSite.Articles[i % SampleSite.Articles.Count];
            var date = start.AddDays(i);
            return seed with { SourcePath = $"seeds/{i:D5}.txt", Slug = $"{date:yyyy-MM-dd}-article-{i}", Date = date, DateKind = DateKind.Stated };
        }).ToList();
        var model = SiteModelBuilder.Build(config, articles);
        var job = PagePlanner.Plan(model).Single(j => j.OutputPath == "timeline/index.html");
        var clock = Stopwatch.StartNew();

        var html = new PageRenderer(Templates, model.Info).Render(job);

        Assert.Equal(9_950, CountOf(html, "<li class=\"entry\""));
        Assert.DoesNotContain(PagePlanner.Plan(model), j => j.OutputPath == "timeline/page/2/index.html");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
