namespace StaticChronicle.Site;

/// <summary>A topic as a link: its name and its page.</summary>
public sealed record TopicLink(string Id, string Name, string Url);
