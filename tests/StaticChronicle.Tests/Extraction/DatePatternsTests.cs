using StaticChronicle.Extraction.Dates;

namespace StaticChronicle.Tests.Extraction;

public class DatePatternsTests
{
    [Theory]
    [InlineData(" date 2022-09-12 Submit Release", "2022-09-12")]
    [InlineData("May 01, 2022 / 16:29", "2022-05-01")]
    [InlineData("Thursday, Sept. 5, 2023 10:30 (GMT+7)", "2023-09-05")]
    [InlineData("5 September 2023", "2023-09-05")]
    [InlineData("04/10/2023 14:30", "2023-10-04")]
    [InlineData("10/25/2023", "2023-10-25")]
    [InlineData("Published 2024-08-05T09:00:00+07:00", "2024-08-05")]
    [InlineData("2023年11月27日", "2023-11-27")]
    public void A_full_date_is_read_in_every_written_form(string text, string expected)
    {
        var date = Assert.Single(DatePatterns.FullDates(text)).ToDate();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("31/02/2023")]
    [InlineData("2023-13-01")]
    [InlineData("US$500,000 in 2022")]
    [InlineData("the 1982 Convention")]
    public void Impossible_dates_and_bare_years_are_not_full_dates(string text) => Assert.Empty(DatePatterns.FullDates(text));

    [Theory]
    [InlineData("held talks in Hanoi on September 5, following", 9, 5)]
    [InlineData("TOKYO, Nov. 27 (Kyodo)", 11, 27)]
    [InlineData("on 12 March the two sides", 3, 12)]
    public void A_day_and_month_without_a_year_is_found(string text, int month, int day)
    {
        var mention = Assert.Single(DatePatterns.DayMonthDates(text));
        Assert.Equal((null, month, day), (mention.Year, mention.Month, mention.Day));
    }

    [Theory]
    [InlineData("a visit from September 4-7")]
    [InlineData("on May 01, 2022")]
    [InlineData("in September 2022")]
    public void Ranges_full_dates_and_months_are_not_day_month_dates(string text) => Assert.Empty(DatePatterns.DayMonthDates(text));
}
