namespace StaticChronicle.Site;

/// <summary>One row of the timeline: an article or a milestone placed among them (exactly one is set).</summary>
public sealed record TimelineItem(ArticleEntry? Article, MilestoneEntry? Milestone)
{
    public bool IsMilestone => Milestone is not null;
}
