using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.Dates;

namespace StaticChronicle.Tests.Extraction;

/// <summary>Small cases of the date reasoning: relative years, weekdays, year-month headers, clock bars, tenures, refusals.</summary>
public class DateReasoningTests
{
    private static readonly ReferenceEvent JapanTies = new("diplomatic-relations", "Establishment of Vietnam–Japan diplomatic relations", new DateOnly(1973, 9, 21), ["diplomatic ties", "diplomatic relations"]);
    private static readonly ReferenceEvent KoreaTies = new("diplomatic-relations", "Establishment of Vietnam–Korea diplomatic relations", new DateOnly(1992, 12, 22), ["diplomatic ties", "diplomatic relations"]);

    private static DateDecision Decide(string seed, ReferenceEvent? reference = null, IReadOnlyList<TenureConstraint>? tenures = null)
    {
        var events = new[] { reference ?? JapanTies };
        var finder = new AnniversaryFinder(events);
        var text = BodyExtractor.Extract(seed);
        return new DateInference(finder, events.Select(e => e.Date).ToHashSet()).Decide(text, finder.Find(text.AllText), tenures ?? []);
    }

    private static string? Date(string seed, ReferenceEvent? reference = null) =>
        Decide(seed, reference).Result?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Investors visited Bac Ninh on March 12, a year after the two countries celebrated the 50th anniversary of diplomatic ties last year.", "2024-03-12")]
    [InlineData("The delegation arrived on March 12 as the two countries mark the 50th anniversary of diplomatic ties this year.", "2023-03-12")]
    [InlineData("Ships docked on March 3, one of the events marking the 50th anniversary of diplomatic relations later this year.", "2023-03-03")]
    [InlineData("The ministers met on June 2 to prepare next year's 50th anniversary of diplomatic ties.", "2022-06-02")]
    [InlineData("Last year, the two countries celebrated the 50th anniversary of diplomatic ties; the new plant opened on May 8.", "2024-05-08")]
    [InlineData("The delegation arrived on March 12 for the 50th anniversary year of diplomatic ties.", "2023-03-12")]
    public void An_anniversary_with_last_this_or_next_year_places_the_article(string seed, string date) =>
        Assert.Equal(date, Date("Headline for the test\n\n" + seed));

    [Theory]
    [InlineData("Leaders meet\n\nSEOUL, July 3 (Yonhap) -- The two prime ministers held talks on Tuesday, 32 years after the two countries established diplomatic relations.", "2024-07-02")]
    [InlineData("Leaders meet\n\nSEOUL, July 2 (Yonhap) -- The two prime ministers held talks on Tuesday, 32 years after the two countries established diplomatic relations.", "2024-07-02")]
    public void A_weekday_counts_back_from_a_year_less_dateline(string seed, string date) => Assert.Equal(date, Date(seed, KoreaTies));

    [Fact]
    public void An_anniversary_counts_from_the_configured_relationship()
    {
        var seed = "Leaders meet in Seoul\n\nThe two presidents met in Seoul on December 5 as the two countries celebrate the 30th anniversary of diplomatic relations this year.";
        Assert.Equal("2022-12-05", Date(seed, KoreaTies));
        Assert.Equal("2003-12-05", Date(seed, JapanTies));
    }

    [Theory]
    [InlineData(" date 2023-11-30\nLeaders agree\n\nThe ministers agreed on Wednesday to train more engineers.", "2023-11-29")]
    [InlineData(" date 2023-11-30\nLeaders agree\n\nThe ministers agreed Thursday to train more engineers.", "2023-11-30")]
    [InlineData("Leaders agree\nPublished: 25 Jun. 2023, 16:35\nHANOI — The president wrapped up a state visit to Vietnam on Saturday.", "2023-06-24")]
    [InlineData(" date 2023-03-06\nShips dock\n\nTwo destroyers docked at the port on March 3 for a five-day visit.", "2023-03-03")]
    [InlineData(" date 2023-06-25 The president left Hanoi at noon on June 24, wrapping up a three-day state visit at the invitation of his host.", "2023-06-24")]
    [InlineData(" date 2023-12\nVolunteers plant trees\n\nVolunteers planted mangroves along the coast on December 18.", "2023-12-18")]
    public void The_event_day_in_the_lede_wins_over_the_publication_header(string seed, string date) =>
        Assert.Equal(date, Date(seed));

    [Theory]
    [InlineData(" date 2023-11-30\nLeaders to meet\n\nThe prime minister will leave for Tokyo on Monday for talks with his counterpart.")]
    [InlineData(" date 2023-11-30\nLeaders to meet\n\nThe prime minister will visit Tokyo on December 4 for talks with his counterpart.")]
    public void A_planned_day_after_the_header_leaves_the_header_date_without_a_warning(string seed)
    {
        var decision = Decide(seed);
        Assert.Equal(new DateOnly(2023, 11, 30), decision.Result!.Date);
        Assert.Empty(decision.Warnings);
    }

    [Fact]
    public void The_event_day_moved_from_the_header_is_inferred_with_evidence_naming_both()
    {
        var decision = Decide(" date 2023-03-06\nShips dock\n\nTwo destroyers docked at the port on March 3 for a five-day visit.");
        Assert.Equal(DateKind.Inferred, decision.Result!.Kind);
        Assert.StartsWith("The text says 'on March 3'; the header 'date 2023-03-06' gives the year", decision.Result.Evidence, StringComparison.Ordinal);
        Assert.Contains("so the event was on 3 March 2023", decision.Result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_clock_bar_loses_to_the_timestamp_beside_the_headline_with_a_warning()
    {
        var decision = Decide("Monday, 15 January 2024 08:00 GMT\nNewsletter | Contact | Advertise\nCrown prince to visit Vietnam\n28/11/2023 14:20\nThe crown prince will visit Vietnam next month, the ministry said.");
        Assert.Equal(new DateOnly(2023, 11, 28), decision.Result!.Date);
        Assert.Contains("15 January 2024", Assert.Single(decision.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("President", 2024)]
    [InlineData("State President", 2024)]
    public void An_office_held_in_one_year_places_a_day_and_month(string role, int year)
    {
        var tenure = new TenureConstraint($"{role} To Lam", [new OfficeTenure("President of Vietnam", new PartialDate(2024, 5, 22), new PartialDate(2024, 10, 21))]);
        var decision = Decide("Leaders meet\n\nThe president received the envoy in Hanoi on September 10.", tenures: [tenure]);
        Assert.Equal(new DateOnly(year, 9, 10), decision.Result!.Date);
        Assert.Contains("allows only 2024", decision.Result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_held_over_several_years_refuses_and_lists_them()
    {
        var tenure = new TenureConstraint("Prime Minister Kishida Fumio", [new OfficeTenure("Prime Minister of Japan", new PartialDate(2021, 10, 4), new PartialDate(2024, 10, 1))]);
        var decision = Decide("Leaders meet\n\nThe prime minister received the envoy in Tokyo on November 27.", tenures: [tenure]);
        Assert.Null(decision.Result);
        Assert.Contains(decision.Candidates, c => c.Reason.Contains("2021, 2022, 2023", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Japanese firm opens centre\n\nA Japanese maker opened a chip centre in Da Nang on Friday.", "weekday with no date")]
    [InlineData("Japanese firm opens centre\n\nA Japanese maker opened a chip centre in Da Nang on March 3.", "no year")]
    [InlineData("Japanese firm opens centre\n\nThe two countries marked the 50th anniversary of diplomatic ties with a new chip centre.", "gives the year 2023, but the text names no day and month")]
    [InlineData("Japanese firm opens centre\n\nA Japanese maker opened its first chip centre in 2019.", "a year alone")]
    public void A_refused_date_lists_what_was_found_and_why_it_was_rejected(string seed, string reason)
    {
        var decision = Decide(seed);
        Assert.Null(decision.Result);
        Assert.Contains(decision.Candidates, c => c.Reason.Contains(reason, StringComparison.Ordinal));
    }
}
