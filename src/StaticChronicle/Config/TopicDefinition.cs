namespace StaticChronicle.Config;

/// <summary>A topic readers can browse by, recognised in articles by its keywords.</summary>
public sealed record TopicDefinition(string Id, string Name, IReadOnlyList<string> Keywords);
