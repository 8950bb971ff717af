namespace StaticChronicle.Site;

/// <summary>A topic with a count, for "most discussed" lists.</summary>
public sealed record RankedTopic(TopicLink Topic, int Count);
