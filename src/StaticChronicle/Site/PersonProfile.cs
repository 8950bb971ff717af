namespace StaticChronicle.Site;

/// <summary>Everything the site knows about one person: identity, roles seen, appearances and who they met.</summary>
public sealed record PersonProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The name as written natively (diacritics or kanji); null when unknown.</summary>
    public string? Native { get; init; }

    /// <summary>BCP 47 language of <see cref="Native"/> (vi, ja) for its lang attribute; null when not known.</summary>
    public string? NativeLanguage { get; init; }
    public required string Country { get; init; }
    public bool Registered { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }

    /// <summary>Roles from the registry in <c>site-config.yml</c>.</summary>
    public IReadOnlyList<string> KnownRoles { get; init; } = [];
    public IReadOnlyList<RoleSeen> Roles { get; init; } = [];

    /// <summary>In date order, oldest first.</summary>
    public IReadOnlyList<PersonAppearance> Appearances { get; init; } = [];
    /// <summary>The people they met (a meeting or talks the articles state), most often first.</summary>
    public IReadOnlyList<CoAppearance> MetMost { get; init; } = [];
    public int Count => Appearances.Count;

    /// <summary>Articles whose event they took part in (met, spoke, visited …).</summary>
    public int TookPartCount { get; init; }

    /// <summary>Articles that only mention them.</summary>
    public int MentionedCount => Count - TookPartCount;
    public ArticleEntry First => Appearances[0].Article;
    public ArticleEntry Last => Appearances[^1].Article;
}
