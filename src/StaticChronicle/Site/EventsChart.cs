namespace StaticChronicle.Site;

/// <summary>Events per year as an SVG drawn at build time, with its text alternative.</summary>
public sealed record EventsChart(int Width, int Height, int Baseline, int Max, IReadOnlyList<ChartBar> Bars, string Description);
