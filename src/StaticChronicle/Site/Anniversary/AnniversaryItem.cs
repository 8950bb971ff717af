namespace StaticChronicle.Site.Anniversary;

/// <summary>One row of the anniversary year: an article or a milestone (exactly one is set).</summary>
public sealed record AnniversaryItem(AnniversaryEntry? Article, MilestoneEntry? Milestone)
{
    public bool IsMilestone => Milestone is not null;
}
