namespace StaticChronicle.Site;

/// <summary>One article a person appears in, with the sentence that names them.</summary>
public sealed record PersonAppearance(ArticleEntry Article, string Evidence, IReadOnlyList<string> Roles)
{
    /// <summary>Whether they took part in the event the article reports (otherwise they are only mentioned).</summary>
    public bool TookPart { get; init; } = true;

    /// <summary>The office this article gives them, or null.</summary>
    public string? Role { get; init; }
}
