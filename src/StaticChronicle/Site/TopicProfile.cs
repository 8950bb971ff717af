namespace StaticChronicle.Site;

/// <summary>A topic with its articles in date order.</summary>
public sealed record TopicProfile(string Id, string Name, string Url, string AbsoluteUrl, IReadOnlyList<ArticleEntry> Articles)
{
    public int Count => Articles.Count;
}
