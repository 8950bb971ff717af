namespace StaticChronicle.Site;

/// <summary>One article a person appears in, with the sentence that names them.</summary>
public sealed record PersonAppearance(ArticleEntry Article, string Evidence, IReadOnlyList<string> Roles);
