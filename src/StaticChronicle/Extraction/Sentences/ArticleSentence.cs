using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Sentences;

/// <summary>One sentence of one of the texts searched (headline = text 0, then the paragraphs), by position, with its words.</summary>
/// <param name="TextIndex">Which text it is in.</param>
/// <param name="Start">Start offset in that text.</param>
/// <param name="End">End offset (exclusive), after the closing stop.</param>
/// <param name="Text">The sentence itself.</param>
public sealed record ArticleSentence(int TextIndex, int Start, int End, string Text)
{
    /// <summary>
    /// The sentence's words, offsets within <see cref="Text"/>: the same list <see cref="WordToken.Split"/> makes of
    /// <see cref="Text"/>, taken once from the whole text's words, so the finders that read sentences never split again.
    /// </summary>
    public List<WordToken> Words { get; init; } = [];

    public bool Contains(int textIndex, int offset) => textIndex == TextIndex && offset >= Start && offset < End;
}
