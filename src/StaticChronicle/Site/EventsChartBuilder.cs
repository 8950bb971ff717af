using System.Globalization;

namespace StaticChronicle.Site;

/// <summary>Lays out the events-per-year bar chart: one bar per year from the first to the last article (and the anniversary year).</summary>
public static class EventsChartBuilder
{
    private const int MaxWidth = 640;
    private const int MinWidth = 320;
    private const int PerYear = 64;
    private const int Height = 220;
    private const int Top = 24;
    private const int Bottom = 28;
    private const int Side = 8;
    private const int MaxYearLabels = 10;

    public static EventsChart Build(IReadOnlyList<ArticleEntry> articles, int highlightYear)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new SortedDictionary<int, int>();
        foreach (var article in articles)
        {
            counts[article.Year] = counts.GetValueOrDefault(article.Year) + 1;
        }

        var first = counts.Count > 0 ? Math.Min(counts.Keys.First(), highlightYear) : highlightYear;
        var last = counts.Count > 0 ? Math.Max(counts.Keys.Last(), highlightYear) : highlightYear;
        var n = last - first + 1;
        var max = Math.Max(1, counts.Count > 0 ? counts.Values.Max() : 0);
        // Few years make a narrow chart, so its labels stay readable when a phone scales it down.
        var width = Math.Clamp(n * PerYear, MinWidth, MaxWidth);
        var step = (width - (2.0 * Side)) / n;
        var plot = Height - Top - Bottom;
        var labelEvery = (int)Math.Ceiling(n / (double)MaxYearLabels);

        var bars = new List<ChartBar>(n);
        for (var i = 0; i < n; i++)
        {
            var year = first + i;
            var count = counts.GetValueOrDefault(year);
            var h = count * plot / (double)max;
            var x = Side + (i * step) + (step * 0.15);
            bars.Add(new ChartBar(year, count, F(x), F(Height - Bottom - h), F(step * 0.7), F(h), F(x + (step * 0.35)),
                i % labelEvery == 0 || i == n - 1 || year == highlightYear, year == highlightYear));
        }

        var description = counts.Count == 0
            ? "No events yet."
            : "Events per year: " + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}"))) + ".";
        return new EventsChart(width, Height, Height - Bottom, max, bars, description);
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
