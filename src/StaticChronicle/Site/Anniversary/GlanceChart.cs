namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// "Half a century at a glance", laid out at build time for the template to draw as SVG: eras as bands, milestones
/// as marked and labelled lines, articles per year as bars, the anniversary year highlighted. Coordinates are SVG
/// user units, already formatted; <see cref="GlanceChartBuilder"/> makes every drawing decision.
/// </summary>
public sealed record GlanceChart
{
    public int Width { get; init; }
    public int Height { get; init; }
    public int FirstYear { get; init; }
    public int LastYear { get; init; }
    public required string Title { get; init; }

    /// <summary>The chart in words: the span, the busiest year, the eras and the anniversary year.</summary>
    public required string Description { get; init; }

    /// <summary>Plot area: top, bottom (the baseline) and left edge, for the axis and the grid line.</summary>
    public int PlotTop { get; init; }
    public int Baseline { get; init; }
    public int PlotLeft { get; init; }
    public int PlotRight { get; init; }

    /// <summary>The most articles in one year (the grid line's label) and its height.</summary>
    public int Max { get; init; }
    public required string MaxY { get; init; }

    public IReadOnlyList<GlanceBand> Bands { get; init; } = [];
    public IReadOnlyList<GlanceMilestone> Milestones { get; init; } = [];
    public IReadOnlyList<GlanceBar> Bars { get; init; } = [];
    public IReadOnlyList<GlanceTick> Ticks { get; init; } = [];
    public required GlanceBand Highlight { get; init; }

    /// <summary>The table fallback: every year with articles or milestones.</summary>
    public IReadOnlyList<GlanceRow> Rows { get; init; } = [];
}
