namespace StaticChronicle.Config;

/// <summary>A turning point of the relationship, placed on the timeline among the articles.</summary>
public sealed record Milestone(PartialDate Date, string Title, string Description);
