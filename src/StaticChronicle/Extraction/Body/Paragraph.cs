namespace StaticChronicle.Extraction.Body;

/// <summary>One block of the article body: a paragraph, or a subheading between paragraphs.</summary>
/// <param name="Line">1-based line of the seed file it came from.</param>
public sealed record Paragraph(string Text, int Line, bool IsHeading = false);
