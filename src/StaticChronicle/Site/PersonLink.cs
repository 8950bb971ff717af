namespace StaticChronicle.Site;

/// <summary>A person as a link: who, and where their page is.</summary>
public sealed record PersonLink(string Id, string Name, string Url);
