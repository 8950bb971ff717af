namespace StaticChronicle.Site;

/// <summary>The timeline rows of one month (Month 0: milestones known only to the year).</summary>
public sealed record MonthGroup(int Year, int Month, string Name, string Anchor, IReadOnlyList<TimelineItem> Items)
{
    /// <summary>False for a month of milestones only: the timeline filters never hide it.</summary>
    public bool HasArticles => Items.Any(i => i.Article is not null);
}
