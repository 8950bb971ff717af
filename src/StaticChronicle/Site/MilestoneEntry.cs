namespace StaticChronicle.Site;

/// <summary>A milestone of the relationship from the configuration, ready to print.</summary>
public sealed record MilestoneEntry(string DateIso, string DateText, int Year, int Month, string Title, string Description, string Anchor)
{
    internal DateOnly Earliest { get; init; }
}
