using StaticChronicle.Content;

namespace StaticChronicle.Site;

/// <summary>One article as every page shows it: display-ready text, links and filter data; seed text is escaped by the templates.</summary>
public sealed record ArticleEntry
{
    public required string Slug { get; init; }

    /// <summary>Base-path-absolute link to the article page.</summary>
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required string Title { get; init; }
    public bool TitleGenerated { get; init; }
    public required string DateIso { get; init; }
    public required string DateText { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }

    /// <summary>"stated", "inferred" or "front-matter".</summary>
    public required string DateKind { get; init; }
    public bool DateInferred { get; init; }
    public string DateEvidence { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<PersonLink> People { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Where the event happened (<c>online</c> for a call), or null.</summary>
    public string? EventPlace { get; init; }

    /// <summary>The people who took part, a subset of <see cref="People"/>.</summary>
    public IReadOnlyList<PersonLink> Participants { get; init; } = [];

    /// <summary>The people only mentioned: <see cref="People"/> without <see cref="Participants"/>.</summary>
    public IReadOnlyList<PersonLink> Mentioned { get; init; } = [];

    /// <summary>The agency or site that published the article ("VNA"), or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>The original article's address, or null.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>The publication date, when the source gives one; null otherwise.</summary>
    public string? PublishedIso { get; init; }
    public string? PublishedText { get; init; }
    public IReadOnlyList<TopicLink> Topics { get; init; } = [];
    public bool MentionsAnniversary { get; init; }
    public required string SourcePath { get; init; }

    /// <summary>The seed in the repository, or null when no repository is configured.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Space-separated person ids, for the timeline entry's data-person attribute (the person filter).</summary>
    public string DataPeople { get; init; } = "";

    /// <summary>Space-separated topic ids, for the timeline entry's data-topic attribute (the topic filter).</summary>
    public string DataTopics { get; init; } = "";

    internal Article Source { get; init; } = null!;

    internal DateOnly Date { get; init; }
}
