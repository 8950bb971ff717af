namespace StaticChronicle.Site;

/// <summary>Events per year as an SVG drawn at build time, with its text alternative.</summary>
public sealed record EventsChart(int Width, int Height, int Baseline, int Max, IReadOnlyList<ChartBar> Bars, string Description)
{
    /// <summary>The widest the chart is drawn, in CSS pixels (it shrinks to fit narrow screens).</summary>
    public int DisplayWidth => Width * 3 / 2;
}
