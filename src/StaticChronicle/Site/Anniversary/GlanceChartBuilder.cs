using System.Globalization;

namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// Lays out <see cref="GlanceChart"/>: one column per year from the establishment of relations to the latest article
/// (and the anniversary year), a fixed width per year so fifty years stay readable (a narrow screen scrolls the chart
/// inside its own box), milestone labels stacked in as many rows as they need so none overlaps another.
/// </summary>
public static class GlanceChartBuilder
{
    private const double PerYear = 16;
    private const int Left = 34;
    private const int Right = 14;
    private const int Top = 6;
    private const int LabelRow = 15;
    private const int PlotHeight = 130;
    private const int AxisRoom = 24;
    private const double CharWidth = 6.1;
    private const int Tones = 7;

    /// <param name="eras">The home page's eras, one per milestone and in the same order.</param>
    public static GlanceChart Build(
        DateOnly established, int anniversaryYear, IReadOnlyList<ArticleEntry> articles,
        IReadOnlyList<MilestoneEntry> milestones, IReadOnlyList<Era> eras)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(milestones);
        ArgumentNullException.ThrowIfNull(eras);
        var counts = new SortedDictionary<int, int>();
        foreach (var article in articles)
        {
            counts[article.Year] = counts.GetValueOrDefault(article.Year) + 1;
        }

        var first = Math.Min(established.Year, counts.Count > 0 ? counts.Keys.First() : established.Year);
        var last = Math.Max(anniversaryYear, counts.Count > 0 ? counts.Keys.Last() : anniversaryYear);
        var years = last - first + 1;
        var plotRight = Left + (years * PerYear);
        var width = (int)Math.Ceiling(plotRight) + Right;
        double X(double yearFraction) => Left + ((yearFraction - first) * PerYear);
        double At(DateOnly day) => X(day.Year + ((day.DayOfYear - 1) / (double)(DateTime.IsLeapYear(day.Year) ? 366 : 365)));

        // Milestone labels: each in the first row (top down) where it overlaps no other label and no line coming down
        // from a label above it, and where its own line down to the plot crosses no label below; anchored at its
        // line's start, or its end when it would run past the right edge.
        var shown = milestones.Where(m => m.Year >= first && m.Year <= last).ToList();
        var labels = new List<(double From, double To, int Row)>();
        var lines = new List<(double X, int Row)>();
        var placed = new List<(MilestoneEntry Milestone, double X, double LabelX, int Row, bool End, string Label)>();
        var rowCount = 0;
        foreach (var milestone in shown)
        {
            var x = At(milestone.Earliest);
            var label = string.Create(CultureInfo.InvariantCulture, $"{milestone.Year} · {milestone.Title}");
            var length = (label.Length * CharWidth) + 4;
            var end = x + 4 + length > width - 2;
            var (from, to) = end ? (x - 4 - length, x) : (x, x + 4 + length);
            var row = 0;
            // Labels never overlap; a line may cross a label placed in a new row when every row has a line in its way (the
            // label's halo keeps it legible): more rows would only push the plot down.
            while (labels.Any(l => l.Row == row && to + 6 >= l.From && from <= l.To + 6)
                   || (row < rowCount && lines.Any(l => l.Row < row && l.X >= from - 3 && l.X <= to + 3)
                   || labels.Any(l => l.Row > row && x >= l.From - 3 && x <= l.To + 3)))
            {
                row++;
            }

            labels.Add((from, to, row));
            lines.Add((x, row));
            rowCount = Math.Max(rowCount, row + 1);
            placed.Add((milestone, x, end ? x - 4 : x + 4, row, end, label));
        }

        var plotTop = Top + (rowCount * LabelRow) + 6;
        var baseline = plotTop + PlotHeight;
        var height = baseline + AxisRoom;
        var max = Math.Max(1, counts.Count > 0 ? counts.Values.Max() : 0);
        var barRoom = PlotHeight - 8;

        var bands = new List<GlanceBand>(eras.Count);
        for (var i = 0; i < eras.Count && i < milestones.Count; i++)
        {
            var start = Math.Max(X(first), At(milestones[i].Earliest));
            var stop = i + 1 < milestones.Count ? At(milestones[i + 1].Earliest) : plotRight;
            stop = Math.Min(stop, plotRight);
            if (stop > start)
            {
                var era = eras[i];
                bands.Add(new GlanceBand(F(start), F(stop - start), ((era.Index - 1) % Tones) + 1, era.Title,
                    era.StartYear == era.EndYear ? era.StartYear.ToString(CultureInfo.InvariantCulture)
                        : string.Create(CultureInfo.InvariantCulture, $"{era.StartYear}–{era.EndYear}")));
            }
        }

        var bars = new List<GlanceBar>(counts.Count);
        foreach (var (year, count) in counts)
        {
            var h = Math.Max(2, count * barRoom / (double)max);
            bars.Add(new GlanceBar(year, count, F(X(year) + 2.5), F(baseline - h), F(PerYear - 5), F(h), year == anniversaryYear));
        }

        var ticks = new List<GlanceTick> { new(anniversaryYear, F(X(anniversaryYear + 0.5)), true) };
        foreach (var year in Enumerable.Range(first, years).Where(y => y == first || y == last || y % 10 == 0))
        {
            if (ticks.All(t => Math.Abs(t.Year - year) >= 3))
            {
                ticks.Add(new GlanceTick(year, F(X(year + 0.5)), false));
            }
        }

        var byYear = shown.GroupBy(m => m.Year).ToDictionary(g => g.Key, g => g.Select(m => m.Title).ToList());
        var rowsOut = Enumerable.Range(first, years)
            .Where(y => counts.ContainsKey(y) || byYear.ContainsKey(y) || y == anniversaryYear)
            .Select(y => new GlanceRow(y, counts.GetValueOrDefault(y), byYear.GetValueOrDefault(y) ?? [], y == anniversaryYear))
            .ToList();

        return new GlanceChart
        {
            Width = width,
            Height = height,
            FirstYear = first,
            LastYear = last,
            Title = string.Create(CultureInfo.InvariantCulture, $"Articles per year, {first}–{last}, over the eras of the relationship"),
            Description = Describe(first, last, counts, bands, shown, anniversaryYear),
            PlotTop = plotTop,
            Baseline = baseline,
            PlotLeft = Left,
            PlotRight = (int)Math.Round(plotRight),
            Max = max,
            MaxY = F(baseline - barRoom),
            Bands = bands,
            Milestones = placed
                .Select(p => new GlanceMilestone(F(p.X), F(p.LabelX), F(Top + ((p.Row + 1) * LabelRow) - 4), F(Top + (p.Row * LabelRow) + 3),
                    p.End ? "end" : "start", p.Label, p.Milestone.DateText, p.Milestone.Year == anniversaryYear))
                .ToList(),
            Bars = bars,
            Ticks = ticks.OrderBy(t => t.Year).ToList(),
            Highlight = new GlanceBand(F(X(anniversaryYear)), F(PerYear), 0, "The anniversary year",
                anniversaryYear.ToString(CultureInfo.InvariantCulture)),
            Rows = rowsOut,
        };
    }

    private static string Describe(int first, int last, SortedDictionary<int, int> counts, List<GlanceBand> bands,
        List<MilestoneEntry> milestones, int anniversaryYear)
    {
        var total = counts.Values.Sum();
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Articles per year from {first} to {last}: {total} in all");
        if (counts.Count > 0)
        {
            var busiest = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First();
            text.Append(CultureInfo.InvariantCulture, $", the most in {busiest.Key} ({busiest.Value})");
        }

        text.Append(CultureInfo.InvariantCulture, $"; {anniversaryYear}, the anniversary year, is highlighted with {counts.GetValueOrDefault(anniversaryYear)}.");
        if (bands.Count > 0)
        {
            text.Append(" Eras: ").AppendJoin("; ", bands.Select(b => $"{b.Title} ({b.Years})")).Append('.');
        }

        if (milestones.Count > 0)
        {
            text.Append(" Milestones: ").AppendJoin("; ", milestones.Select(m => $"{m.DateText}, {m.Title}")).Append('.');
        }

        return text.ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
