using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Config;

public class SiteConfigLoaderTests
{
    private const string Minimal = "title: T\nbase_url: https://example.org/sub\n";

    private static IReadOnlyList<Diagnostic> Problems(string yaml) =>
        Assert.Throws<DiagnosticException>(() => SiteConfigLoader.Parse(yaml, "site-config.yml", "/site")).Diagnostics;

    [Fact]
    public void The_repository_configuration_loads_with_the_anniversary_milestones_and_people()
    {
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteConfig);

        Assert.Equal(new DateOnly(1973, 9, 21), config.Anniversary.RelationsEstablished);
        Assert.Equal(2023, config.Anniversary.Year);
        Assert.Contains(config.Milestones, m => m.Date == new PartialDate(2023, 11, 27) && m.Title.Contains("Comprehensive", StringComparison.Ordinal));
        Assert.Contains(config.Milestones, m => m.Date == new PartialDate(2014, 3));
        Assert.Contains(config.Milestones, m => m.Date.Year == 2009);
        Assert.Contains(config.People, p => p.Name == "Kishida Fumio" && p.Country == "Japan");
        Assert.Contains(config.People, p => p.Native == "Trương Thị Mai");
        Assert.Contains(config.ReferenceEvents, e => e.Date == new DateOnly(1975, 4, 30));
        Assert.True(config.Milestones.SequenceEqual(config.Milestones.OrderBy(m => m.Date)));
    }

    [Fact]
    public void Base_url_gains_a_trailing_slash_so_relative_links_stay_under_the_sub_path()
    {
        var config = SiteConfigLoader.Parse(Minimal, "site-config.yml", "/site");
        Assert.Equal("https://example.org/sub/", config.BaseUrl.ToString());
    }

    [Theory]
    [InlineData("https://editor:hunter2@example.org/", "user name or password")]
    [InlineData("https://example.org/sub/?utm=x", "query or fragment")]
    [InlineData("https://example.org/sub/#top", "query or fragment")]
    [InlineData("ftp://example.org/", "not an absolute http(s) URL")]
    public void A_base_url_that_would_publish_credentials_or_lose_a_part_is_refused_where_it_is(string url, string reason)
    {
        var problem = Assert.Single(Problems($"title: T\nbase_url: \"{url}\"\n"));

        Assert.Equal((2, 11), (problem.Line, problem.Column));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("data:text/html,hi")]
    [InlineData("https://token:x@github.com/o/r")]
    public void A_repository_url_that_is_not_a_plain_web_address_is_refused_where_it_is(string url)
    {
        var problem = Assert.Single(Problems($"{Minimal}repository:\n  url: \"{url}\"\n"));

        Assert.Equal((4, 8), (problem.Line, problem.Column));
        Assert.StartsWith("url ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_person_whose_name_has_no_latin_letters_is_asked_for_an_id_at_the_name()
    {
        var problem = Assert.Single(Problems($"{Minimal}people:\n  - name: 山田太郎\n"));

        Assert.Equal(4, problem.Line);
        Assert.Contains("Add `id:` in Latin letters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_names_the_line_and_column()
    {
        var problem = Assert.Single(Problems("title: T\nbase_url: https://x.org/\npeople:\n  - name: [unclosed\n"));
        Assert.Equal("site-config.yml", problem.File);
        Assert.True(problem.Line >= 4, problem.ToString());
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_with_its_position()
    {
        var yaml = """
            title: T
            base_url: https://x.org/
            titel: typo
            anniversary:
              relations_established: 1973-21-09
            milestones:
              - date: someday
                title: X
            people:
              - country: Japan
              - name: Kishida Fumio
            """;

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Line == 3 && p.Column == 1 && p.Message.Contains("unknown key 'titel'", StringComparison.Ordinal) && p.Message.Contains("Did you mean 'title'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 5 && p.Message.Contains("'1973-21-09' is not a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains("'someday' is not a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 10 && p.Message.Contains("name is missing", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_name_given_to_two_people_is_refused()
    {
        var yaml = Minimal + "people:\n  - name: Kishida Fumio\n    aliases: [PM]\n  - name: Pham Minh Chinh\n    aliases: [PM]\n";
        Assert.Contains(Problems(yaml), p => p.Message.Contains("'PM' is given to both", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2009", 2009, null, null)]
    [InlineData("2014-03", 2014, 3, null)]
    [InlineData("2023-11-27", 2023, 11, 27)]
    public void Partial_dates_keep_their_precision(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("23-01-01")]
    [InlineData("2023-13")]
    [InlineData("soon")]
    public void Impossible_dates_are_not_dates(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Page_size_and_page_budget_default_to_50_entries_and_150_kb()
    {
        var config = SiteConfigLoader.Parse(Minimal, "site-config.yml", "/site");

        Assert.Equal((50, 150), (config.PageSize, config.PageBudgetKb));
    }

    [Fact]
    public void Page_size_and_page_budget_are_read_from_their_sections()
    {
        var config = SiteConfigLoader.Parse($"{Minimal}pagination:\n  page_size: 20\npage_weight:\n  budget_kb: 80\n", "site-config.yml", "/site");

        Assert.Equal((20, 80), (config.PageSize, config.PageBudgetKb));
    }

    [Theory]
    [InlineData("pagination:\n  page_size: 0\n", 4, 14, "page_size must be a whole number from 1 to 10000")]
    [InlineData("pagination:\n  page_size: many\n", 4, 14, "not 'many'")]
    [InlineData("pagination:\n  per_page: 20\n", 4, 3, "per_page")]
    [InlineData("pagination: 20\n", 3, 13, "pagination must be a mapping of keys (page_size, people_page_size)")]
    [InlineData("pagination:\n  people_page_size: 0\n", 4, 21, "people_page_size must be a whole number from 1 to 10000")]
    [InlineData("page_weight:\n  budget_kb: -1\n", 4, 14, "budget_kb must be a whole number from 1")]
    public void A_bad_page_size_or_budget_is_refused_where_it_is(string yaml, int line, int column, string reason)
    {
        var problem = Assert.Single(Problems(Minimal + yaml));

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", SocialCardScope.Sections)]
    [InlineData("social_cards: pages\n", SocialCardScope.Pages)]
    [InlineData("social_cards: sections\n", SocialCardScope.Sections)]
    [InlineData("social_cards: site\n", SocialCardScope.Site)]
    public void Social_cards_say_which_pages_get_their_own(string yaml, SocialCardScope expected)
    {
        Assert.Equal(expected, SiteConfigLoader.Parse(Minimal + yaml, "site-config.yml", "/site").SocialCards);
    }

    [Fact]
    public void An_unknown_social_cards_value_is_refused_where_it_is_with_the_three_choices()
    {
        var problem = Assert.Single(Problems(Minimal + "social_cards: articles\n"));

        Assert.Equal((3, 15), (problem.Line, problem.Column));
        Assert.Contains("`pages`", problem.Message, StringComparison.Ordinal);
        Assert.Contains("`sections`", problem.Message, StringComparison.Ordinal);
    }
}
