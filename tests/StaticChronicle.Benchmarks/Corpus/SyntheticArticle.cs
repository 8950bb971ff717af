using StaticChronicle.Config;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>One generated seed: its raw text and the truth extraction should find in it.</summary>
/// <param name="RawText">The seed file's content, junk and all.</param>
/// <param name="Title">The headline, or for a seed without one the title made from the lede.</param>
/// <param name="DateInferred">True when the text gives no year and the anniversary hint fixes it.</param>
/// <param name="Paragraphs">The article proper, junk removed: what a page shows.</param>
/// <param name="Summary">The lede's (or standfirst's) first sentence.</param>
internal sealed record SyntheticArticle(
    SeedLayout Layout,
    string RawText,
    string Title,
    bool TitleGenerated,
    DateOnly Date,
    bool DateInferred,
    IReadOnlyList<PoolPerson> People,
    IReadOnlyList<string> Places,
    IReadOnlyList<TopicDefinition> Topics,
    IReadOnlyList<string> Paragraphs,
    string Summary,
    bool MentionsFiftiethAnniversary)
{
    /// <summary>File name as the seeds are named: <c>NNN_&lt;16 hex of a content hash&gt;.txt</c>; set by the generator.</summary>
    public string FileName { get; init; } = "";

    /// <summary><c>YYYY-MM-DD-title-words</c>, unique in the corpus; set by the generator.</summary>
    public string Slug { get; init; } = "";
}
