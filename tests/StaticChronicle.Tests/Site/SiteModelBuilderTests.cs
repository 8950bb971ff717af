using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Site;

namespace StaticChronicle.Tests.Site;

public class SiteModelBuilderTests
{
    private static readonly SiteModel Model = SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles);

    [Fact]
    public void Articles_are_in_date_order_with_base_path_absolute_links()
    {
        Assert.Equal(["2022-05-01", "2022-09-12", "2023-09-05", "2023-12-01", "2025-04-27"], Model.Articles.Select(a => a.DateIso));
        Assert.Equal("/chronicle/articles/2025-04-27-party-chief-receives-japanese-pm-in-hanoi/", Model.Articles[^1].Url);
        Assert.Equal("https://example.github.io/chronicle/articles/2025-04-27-party-chief-receives-japanese-pm-in-hanoi/", Model.Articles[^1].AbsoluteUrl);
    }

    [Fact]
    public void An_inferred_date_is_marked_and_keeps_its_evidence()
    {
        var article = Model.Articles.Single(a => a.DateIso == "2023-09-05");
        Assert.True(article.DateInferred);
        Assert.Equal("inferred", article.DateKind);
        Assert.Contains("gives 2023", article.DateEvidence, StringComparison.Ordinal);
        Assert.Equal("5 September 2023", article.DateText);
    }

    [Fact]
    public void The_seed_link_is_repository_url_branch_and_source_path()
    {
        Assert.Equal("https://github.com/example/chronicle/blob/main/seeds/002_cdcabd6514bec1ba.txt", Model.Articles[0].SourceUrl);
    }

    [Fact]
    public void People_are_counted_in_one_pass_with_first_and_last_appearance_and_who_they_met()
    {
        var kishida = Model.People.Single(p => p.Id == "kishida-fumio");
        Assert.Equal(2, kishida.Count);
        Assert.Equal("2022-05-01", kishida.First.DateIso);
        Assert.Equal("2023-12-01", kishida.Last.DateIso);
        Assert.Equal("岸田文雄", kishida.Native);
        Assert.Equal("Japan", kishida.Country);
        Assert.Equal(["pham-minh-chinh", "vo-van-thuong"], kishida.MetMost.Select(m => m.Person.Id).Order(StringComparer.Ordinal));

        var otsuji = Model.People.Single(p => p.Id == "otsuji-hidehisa");
        var role = Assert.Single(otsuji.Roles);
        Assert.Equal(("President of the House of Councillors", "2022-09-12", "2023-09-05"), (role.Role, role.FirstDateIso, role.LastDateIso));
    }

    [Fact]
    public void The_most_seen_people_come_first()
    {
        Assert.Equal(["kishida-fumio", "otsuji-hidehisa"], Model.People.Take(2).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(Model.People.Skip(2), p => Assert.Equal(1, p.Count));
    }

    [Fact]
    public void People_are_grouped_by_country_with_native_names()
    {
        Assert.Equal(["Japan", "Vietnam"], Model.PeopleByCountry.Select(g => g.Country));
        var vietnam = Model.PeopleByCountry.Single(g => g.Country == "Vietnam");
        Assert.Contains(vietnam.People, p => p.Native == "Trương Thị Mai");
    }

    [Fact]
    public void Milestones_are_placed_among_the_articles_by_year_and_month()
    {
        var year2023 = Model.Years.Single(y => y.Year == 2023);
        Assert.Equal(2, year2023.Count);
        var rows = year2023.Months.SelectMany(m => m.Items)
            .Select(i => i.IsMilestone ? "M " + i.Milestone!.DateIso : "A " + i.Article!.DateIso).ToList();
        Assert.Equal(["A 2023-09-05", "M 2023-09-21", "M 2023-11-27", "A 2023-12-01"], rows);
        Assert.Equal([1973, 1992, 2006, 2009, 2014, 2022, 2023, 2025], Model.Years.Select(y => y.Year));
    }

    [Fact]
    public void Topics_hold_their_articles_in_date_order_and_only_topics_with_articles_get_pages()
    {
        var trade = Model.Topics.Single(t => t.Id == "trade-investment");
        Assert.Equal(["2022-05-01", "2023-12-01", "2025-04-27"], trade.Articles.Select(a => a.DateIso));
        Assert.DoesNotContain(Model.Topics, t => t.Id == "east-sea");
    }

    [Fact]
    public void The_anniversary_overview_has_the_year_month_by_month_the_road_to_it_and_the_figures()
    {
        var a = Model.Anniversary;
        Assert.Equal(("21 September 1973", "50th", "Vietnam and Japan"), (a.EstablishedText, a.Ordinal, a.Countries));
        Assert.Equal(["2022-05-01", "2022-09-12"], a.Road.Select(r => r.Article.DateIso));
        Assert.Empty(a.Aftermath);
        // September holds the talks and the anniversary day, November the upgrade, December the briefing on it.
        Assert.Equal([9, 11, 12], a.Months.Select(m => m.Month));
        Assert.Equal(["2023-09-05", "2023-09-21"], a.Months[0].Items.Select(i => i.Article?.Article.DateIso ?? i.Milestone!.DateIso));
        Assert.Equal((2, 4, 2), (a.Figures.Articles, a.Figures.Participants, a.Figures.Milestones));
        // Neither 2023 sample article speaks of a visit or a signing: those figures are left out, not 0.
        Assert.Null(a.Figures.LeaderVisits);
        Assert.Null(a.Figures.SigningArticles);
        Assert.Equal(["oda", "parliament"], a.TopTopics.Select(t => t.Topic.Id));
        Assert.Equal((1973, 2025), (a.Chart.FirstYear, a.Chart.LastYear));
        Assert.Equal([2022, 2023, 2025], a.Chart.Bars.Select(b => b.Year));
        Assert.True(a.Chart.Bars.Single(b => b.Year == 2023).Highlight);
    }

    [Fact]
    public void Eras_run_from_milestone_to_milestone_and_fill_the_band()
    {
        Assert.Equal(7, Model.Eras.Count);
        var total = Model.Eras.Sum(e => double.Parse(e.WidthPercent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(total, 99.9, 100.1);
        Assert.Equal((1973, 1992), (Model.Eras[0].StartYear, Model.Eras[0].EndYear));
    }

    [Fact]
    public void Drafts_are_left_out()
    {
        var articles = SampleSite.Articles.Select((a, i) => i == 0 ? a with { Draft = true } : a).ToList();
        var model = SiteModelBuilder.Build(SampleSite.Config(), articles);
        Assert.Equal(4, model.Articles.Count);
        Assert.DoesNotContain(model.People, p => p.Id == "pham-minh-chinh");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("Upper")]
    [InlineData("")]
    public void A_slug_that_could_leave_its_folder_is_an_error_naming_the_seed(string slug)
    {
        var articles = SampleSite.Articles.Select((a, i) => i == 0 ? a with { Slug = slug } : a).ToList();
        var e = Assert.Throws<DiagnosticException>(() => SiteModelBuilder.Build(SampleSite.Config(), articles));
        var problem = Assert.Single(e.Diagnostics);
        Assert.Equal("seeds/002_cdcabd6514bec1ba.txt", problem.File);
        Assert.Contains("not a safe URL segment", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_articles_with_one_slug_is_an_error_naming_both_seeds()
    {
        var articles = SampleSite.Articles.Select((a, i) => i == 1 ? a with { Slug = SampleSite.Articles[0].Slug } : a).ToList();
        var e = Assert.Throws<DiagnosticException>(() => SiteModelBuilder.Build(SampleSite.Config(), articles));
        Assert.Contains("already used by seeds/002_cdcabd6514bec1ba.txt", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_person_id_is_an_error()
    {
        var bad = SampleSite.Articles[0] with { People = [new PersonMention("../x", "X", false, [], "X.")] };
        var e = Assert.Throws<DiagnosticException>(() => SiteModelBuilder.Build(SampleSite.Config(), [bad]));
        Assert.Contains("person id '../x'", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unregistered_person_gets_a_page_under_Other()
    {
        var article = SampleSite.Articles[0] with { People = [new PersonMention("nguyen-van-a", "Nguyen Van A", false, ["Ambassador"], "Ambassador Nguyen Van A spoke.")] };
        var model = SiteModelBuilder.Build(SampleSite.Config(), [article]);
        var person = Assert.Single(model.People);
        Assert.Equal(("Other", false, null), (person.Country, person.Registered, person.Native));
    }

    [Fact]
    public void A_big_site_splits_the_timeline()
    {
        var config = SampleSite.Config() with { TimelineSplitThreshold = 4 };
        Assert.True(SiteModelBuilder.Build(config, SampleSite.Articles).TimelineSplit);
        Assert.False(Model.TimelineSplit);
    }
}
