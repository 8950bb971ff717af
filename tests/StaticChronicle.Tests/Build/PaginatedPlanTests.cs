using StaticChronicle.Build;
using StaticChronicle.Content;
using StaticChronicle.Site;
using StaticChronicle.Site.Pagination;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Build;

/// <summary>What the planner makes of a chronicle that outgrows one page per list.</summary>
public class PaginatedPlanTests
{
    /// <summary>120 articles, one every ten days from 2021: every list the sample site has grows past a page of 50.</summary>
    private static readonly SiteModel Model = Build(120, threshold: 1_000_000);

    private static SiteModel Build(int count, int threshold, int pageSize = 50)
    {
        var start = new DateOnly(2021, 1, 1);
        var articles = Enumerable.Range(0, count).Select(i =>
        {
            var seed = SampleSite.Articles[i % SampleSite.Articles.Count];
            var date = start.AddDays(i * 10);
            return seed with { SourcePath = $"seeds/{i:D4}.txt", Slug = $"{date:yyyy-MM-dd}-article-{i}", Date = date, DateKind = DateKind.Stated, Topics = ["trade-investment"] };
        }).ToList();
        return SiteModelBuilder.Build(SampleSite.Config() with { TimelineSplitThreshold = threshold, PageSize = pageSize }, articles);
    }

    private static List<PageJob> Series(IReadOnlyList<PageJob> jobs, string path) =>
        jobs.Where(j => j.Page.Path == path || j.Page.Path.StartsWith(path + "page/", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_topic_is_a_series_of_pages_with_hugos_addresses_and_every_article_once()
    {
        var jobs = Series(PagePlanner.Plan(Model), "topics/trade-investment/");

        Assert.Equal(["topics/trade-investment/index.html", "topics/trade-investment/page/2/index.html", "topics/trade-investment/page/3/index.html"],
            jobs.Select(j => j.OutputPath));
        var shown = jobs.SelectMany(j => (IReadOnlyList<ArticleEntry>)j.Model["articles"]!).ToList();
        Assert.Equal(Model.Topics.Single(t => t.Id == "trade-investment").Articles, shown);
        Assert.Equal([50, 50, 20], jobs.Select(j => ((IReadOnlyList<ArticleEntry>)j.Model["articles"]!).Count));
    }

    [Fact]
    public void Pages_of_a_series_link_their_neighbours_for_rel_prev_and_next_and_have_titles_of_their_own()
    {
        var jobs = Series(PagePlanner.Plan(Model), "topics/trade-investment/");

        Assert.Equal((null, "/chronicle/topics/trade-investment/page/2/"), (jobs[0].Page.PrevUrl, jobs[0].Page.NextUrl));
        Assert.Equal(("/chronicle/topics/trade-investment/", "/chronicle/topics/trade-investment/page/3/"), (jobs[1].Page.PrevUrl, jobs[1].Page.NextUrl));
        Assert.Equal(3, jobs.Select(j => j.Page.Title).Distinct().Count());
        Assert.Equal("https://example.github.io/chronicle/topics/trade-investment/page/2/", jobs[1].Page.CanonicalUrl);
        Assert.All(jobs, j => Assert.Equal("/chronicle/topics/trade-investment/feed.xml", j.Page.FeedUrl));
    }

    [Fact]
    public void A_persons_appearances_are_paginated_with_the_profile_on_every_page()
    {
        var model = Build(120, threshold: 1_000_000, pageSize: 20);
        var person = model.People.MaxBy(p => p.Count)!;
        var jobs = Series(PagePlanner.Plan(model), SiteUrls.PersonPath(person.Id));

        Assert.True(jobs.Count > 1, $"{person.Id} has {person.Count} appearances");
        Assert.Equal(person.Appearances, jobs.SelectMany(j => (IReadOnlyList<PersonAppearance>)j.Model["appearances"]!));
        Assert.All(jobs, j => Assert.Same(person, j.Model["person"]));
        Assert.All(jobs, j => Assert.NotEmpty((IReadOnlyList<PersonAppearance>)j.Model["appearances"]!));
    }

    [Fact]
    public void An_unsplit_timeline_is_one_series_of_rows_grouped_by_year_and_month_and_no_page_is_empty()
    {
        var jobs = Series(PagePlanner.Plan(Model), "timeline/");
        var rows = jobs.Select(j => ((IReadOnlyList<YearSummary>)j.Model["years"]!).SelectMany(y => y.Months).Sum(m => m.Items.Count)).ToList();

        Assert.Equal(Model.Articles.Count + Model.Milestones.Count, rows.Sum());
        Assert.All(rows.SkipLast(1), r => Assert.Equal(50, r));
        Assert.InRange(rows[^1], 1, 50);
        var articles = jobs.SelectMany(j => ((IReadOnlyList<YearSummary>)j.Model["years"]!).SelectMany(y => y.Articles)).ToList();
        Assert.Equal(Model.Articles, articles);
    }

    [Fact]
    public void A_busy_year_is_split_by_page_size_and_a_year_spanning_pages_keeps_its_whole_count()
    {
        var jobs = Series(PagePlanner.Plan(Build(120, threshold: 1_000_000, pageSize: 10)), "timeline/2021/");

        Assert.True(jobs.Count >= 4, $"{jobs.Count} pages");
        Assert.Equal("timeline/2021/page/2/index.html", jobs[1].OutputPath);
        Assert.All(jobs, j => Assert.Equal(37, ((IReadOnlyList<YearSummary>)j.Model["years"]!).Single().Count));
    }

    [Fact]
    public void A_split_timeline_opens_on_a_table_of_contents_linking_each_month_to_the_page_it_starts_on()
    {
        var model = Build(120, threshold: 10, pageSize: 10);
        var jobs = PagePlanner.Plan(model);
        var timeline = jobs.Single(j => j.OutputPath == "timeline/index.html");

        Assert.Equal(true, timeline.Model["split"]);
        Assert.DoesNotContain(jobs, j => j.OutputPath == "timeline/page/2/index.html");
        var contents = (IReadOnlyList<YearContents>)timeline.Model["contents"]!;
        Assert.Equal(model.Years.Where(y => y.Count > 0).Select(y => y.Year), contents.Select(c => c.Year));
        var outputs = jobs.Select(j => j.Page.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var month in contents.SelectMany(c => c.Months))
        {
            var (page, anchor) = (month.Url.Split('#')[0], month.Url.Split('#')[1]);
            Assert.Contains(page, outputs);
            var job = jobs.Single(j => j.Page.Url == page);
            Assert.Contains(((IReadOnlyList<YearSummary>)job.Model["years"]!).SelectMany(y => y.Months), m => m.Anchor == anchor && m.HasArticles);
        }
    }

    [Fact]
    public void The_people_index_is_paginated_by_its_own_page_size_with_country_links_to_where_each_country_starts()
    {
        var model = Build(20, threshold: 1_000_000);
        model = model with { Config = model.Config with { PeoplePageSize = 5 } };
        var jobs = Series(PagePlanner.Plan(model), "people/");

        Assert.Equal((model.People.Count + 4) / 5, jobs.Count);
        var shown = jobs.SelectMany(j => ((IReadOnlyList<CountryGroup>)j.Model["countries"]!).SelectMany(c => c.People)).ToList();
        Assert.Equal(model.PeopleByCountry.SelectMany(c => c.People), shown);
        var starts = (IReadOnlyList<CountryStart>)jobs[0].Model["country_starts"]!;
        Assert.Equal(model.PeopleByCountry.Select(c => (c.Country, c.Count)), starts.Select(s => (s.Country, s.Count)));
        Assert.All(jobs, j => Assert.All((IReadOnlyList<CountryGroup>)j.Model["countries"]!,
            c => Assert.Equal(model.PeopleByCountry.Single(g => g.Country == c.Country).Count, c.Count)));
    }

    [Fact]
    public void A_small_site_has_no_page_2_anywhere()
    {
        var jobs = PagePlanner.Plan(SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles));

        Assert.DoesNotContain(jobs, j => j.OutputPath.Contains("/page/", StringComparison.Ordinal));
        Assert.All(jobs, j => Assert.Null(j.Page.PrevUrl));
        Assert.All(jobs.Where(j => j.Model.ContainsKey("pager") && j.Model["pager"] is not null), j => Assert.False(((Pager)j.Model["pager"]!).IsPaginated));
    }
}
