using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Tests.Config;

/// <summary>Registry roles as offices with tenures: the structured form, and the short form that keeps working.</summary>
public class OfficeTenureTests
{
    private const string Minimal = "title: T\nbase_url: https://example.org/\n";

    [Theory]
    [InlineData("President of Vietnam (2024)", "President of Vietnam", "2024-01-01", "2024-12-31")]
    [InlineData("Prime Minister of Vietnam (2021–)", "Prime Minister of Vietnam", "2021-01-01", null)]
    [InlineData("Governor of Hokkaido (2019-04–)", "Governor of Hokkaido", "2019-04-01", null)]
    [InlineData("Prime Minister of Japan (2020–2021)", "Prime Minister of Japan", "2020-01-01", "2021-12-31")]
    public void The_short_form_gives_a_tenure_with_year_precision(string role, string office, string from, string? to)
    {
        var tenure = Assert.Single(OfficeTenure.FromRole(role));
        Assert.Equal(office, tenure.Office);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), tenure.Start);
        Assert.Equal(to is null ? DateOnly.MaxValue : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), tenure.End);
    }

    [Theory]
    [InlineData("Politburo member")]
    [InlineData("Special Advisor to the alliance")]
    public void A_role_without_years_gives_no_tenure(string role) => Assert.Empty(OfficeTenure.FromRole(role));

    [Fact]
    public void Two_spans_in_one_role_are_two_tenures() =>
        Assert.Equal(2, OfficeTenure.FromRole("Prime Minister of Japan (2006–2007, 2012–2020)").Count);

    [Fact]
    public void Structured_roles_give_tenures_to_the_day_and_pages_still_show_years()
    {
        var config = SiteConfigLoader.Parse(Minimal + "people:\n  - name: To Lam\n    roles:\n      - {office: President of Vietnam, from: 2024-05-22, to: 2024-10-21}\n      - General Secretary (2024–)\n",
            "site-config.yml", "/site");
        var person = Assert.Single(config.People);
        Assert.Equal(["President of Vietnam (2024)", "General Secretary (2024–)"], person.Roles);
        Assert.Equal(2, person.Tenures.Count);
        Assert.True(person.Tenures[0].Covers(new DateOnly(2024, 9, 10)));
        Assert.False(person.Tenures[0].Covers(new DateOnly(2024, 11, 1)));
        Assert.Equal("22 May 2024 to 21 October 2024", person.Tenures[0].Period);
    }

    [Fact]
    public void A_tenure_that_ends_before_it_starts_and_a_bad_date_are_reported_with_positions()
    {
        var problems = Assert.Throws<DiagnosticException>(() => SiteConfigLoader.Parse(
            Minimal + "people:\n  - name: A B\n    roles:\n      - {office: Mayor, from: 2024-05-01, to: 2023-01-01}\n      - {office: Governor, from: 2024-13}\n",
            "site-config.yml", "/site")).Diagnostics;
        Assert.Contains(problems, p => p.Line == 6 && p.Message.Contains("ends (2023-01-01) before it starts (2024-05-01)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains("'2024-13' is not a date", StringComparison.Ordinal));
    }
}
