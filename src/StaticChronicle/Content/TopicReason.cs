namespace StaticChronicle.Content;

/// <summary>Why an article has one of its main topics (its rank is its place in <see cref="Article.Topics"/>).</summary>
/// <param name="Topic">The topic id.</param>
/// <param name="Reason">The evidence: where and how much of the text is about it, or "front matter".</param>
public sealed record TopicReason(string Topic, string Reason);
