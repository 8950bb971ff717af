namespace StaticChronicle.Extraction.Body;

/// <summary>A seed's text sorted out: the headline (when there is one), the date lines around it, and the body.</summary>
/// <param name="Title">The headline line, or null when the text starts without one.</param>
/// <param name="MetaLines">Header and dateline lines ("date 2022-09-12", "May 01, 2022 / 16:29"), kept as date evidence.</param>
/// <param name="Paragraphs">The article body, junk removed, in reading order.</param>
public sealed record ArticleText(TextLine? Title, IReadOnlyList<TextLine> MetaLines, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>Title and body as one text, paragraphs separated by blank lines.</summary>
    public string AllText { get; } = string.Join("\n\n", (Title is null ? [] : new[] { Title.Text }).Concat(Paragraphs.Select(p => p.Text)));

    /// <summary>The first real paragraph (not a subheading): the lede.</summary>
    public Paragraph? Lede => Paragraphs.FirstOrDefault(p => !p.IsHeading);
}
