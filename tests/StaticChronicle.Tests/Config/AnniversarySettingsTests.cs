using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Config;

/// <summary>anniversary: in site-config.yml, the facts the anniversary page names (countries, dates, the ordinal).</summary>
public class AnniversarySettingsTests
{
    private const string Minimal = "title: T\nbase_url: https://example.org/sub\n";

    private static SiteConfig Parse(string yaml) => SiteConfigLoader.Parse(yaml, "site-config.yml", "/site");

    private static Diagnostic Problem(string yaml) =>
        Assert.Single(Assert.Throws<DiagnosticException>(() => Parse(yaml)).Diagnostics);

    [Fact]
    public void The_repository_configuration_names_the_two_countries()
    {
        Assert.Equal(["Vietnam", "Japan"], SiteConfigLoader.Load(RepositoryPaths.SiteConfig).Anniversary.Countries);
    }

    [Fact]
    public void Countries_are_optional_and_the_title_then_names_none()
    {
        var settings = Parse(Minimal + "anniversary:\n  relations_established: 1992-12-22\n  number: 30\n").Anniversary;
        Assert.Empty(settings.Countries);
        Assert.Equal((2022, "30 years of diplomatic relations"), (settings.Year, settings.Title));
    }

    [Theory]
    [InlineData("[Vietnam]", "one name")]
    [InlineData("[Vietnam, Korea, Japan]", "3 names")]
    [InlineData("[Vietnam, vietnam]", "the same name twice")]
    public void Anything_but_two_different_countries_is_an_error_at_the_list(string list, string what)
    {
        var problem = Problem(Minimal + "anniversary:\n  year: 2023\n  countries: " + list + "\n");
        Assert.Equal((5, 14), (problem.Line, problem.Column));
        Assert.Contains("must name the two countries", problem.Message, StringComparison.Ordinal);
        Assert.Contains(what, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_that_is_not_a_text_is_an_error_at_its_item()
    {
        var problem = Problem(Minimal + "anniversary:\n  countries:\n    - Vietnam\n    - {name: Korea}\n");
        Assert.Equal(6, problem.Line);
        Assert.Contains("non-empty text", problem.Message, StringComparison.Ordinal);
    }
}
