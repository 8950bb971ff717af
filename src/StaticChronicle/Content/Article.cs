using StaticChronicle.Seeds;

namespace StaticChronicle.Content;

/// <summary>One seed after extraction: what its front-matter page holds and what the site is built from.</summary>
public sealed record Article
{
    /// <summary>Seed path relative to the site root, with '/' separators (e.g. <c>seeds/001_d6b1….txt</c>).</summary>
    public required string SourcePath { get; init; }

    /// <summary>URL segment, <c>YYYY-MM-DD-title-words</c>, unique across the site.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public bool TitleGenerated { get; init; }
    public required DateOnly Date { get; init; }
    public required DateKind DateKind { get; init; }
    public required string DateEvidence { get; init; }
    public IReadOnlyList<PersonMention> People { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The city where the reported event happened (<c>online</c> for a video call), or null when the text does not say.</summary>
    public string? EventPlace { get; init; }

    /// <summary>The article's main topics (ids from the configuration's topic list), most important first; at most four.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Why each of <see cref="Topics"/> was chosen, in the same order.</summary>
    public IReadOnlyList<TopicReason> TopicReasons { get; init; } = [];

    /// <summary>Who met whom in the reported event: pairs of participants of different sides.</summary>
    public IReadOnlyList<MetPair> Met { get; init; } = [];

    /// <summary>The publisher, original address and publication date, where known.</summary>
    public ArticleSource Source { get; init; } = ArticleSource.Unknown;
    public string Summary { get; init; } = "";

    /// <summary>The article text as Markdown, junk removed. Seed text: never to be emitted as raw HTML.</summary>
    public required string Body { get; init; }
    public bool MentionsFiftiethAnniversary { get; init; }

    /// <summary>
    /// The words that speak of the configured anniversary ("the 50th anniversary of the Vietnam-Japan diplomatic ties …
    /// next year"), when <see cref="MentionsFiftiethAnniversary"/> holds; the anniversary page quotes them. Seed text.
    /// </summary>
    public string? AnniversaryWords { get; init; }
    public bool Draft { get; init; }

    /// <summary>Old addresses (front matter <c>aliases:</c>), each given a redirect page to this article.</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];

    /// <summary>Things an editor should confirm (generated title, inferred date, unregistered person, …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
