namespace StaticChronicle.Site.Anniversary;

/// <summary>A milestone's line and label; the label sits in <see cref="LabelY"/>'s row, anchored at its start or end.</summary>
public sealed record GlanceMilestone(string X, string LabelX, string LabelY, string LineTop, string Anchor, string Label, string DateText, bool InAnniversaryYear);
