namespace StaticChronicle.Extraction.Sentences;

/// <summary>One sentence of one of the texts searched (headline = text 0, then the paragraphs), by position.</summary>
/// <param name="TextIndex">Which text it is in.</param>
/// <param name="Start">Start offset in that text.</param>
/// <param name="End">End offset (exclusive), after the closing stop.</param>
/// <param name="Text">The sentence itself.</param>
public sealed record ArticleSentence(int TextIndex, int Start, int End, string Text)
{
    public bool Contains(int textIndex, int offset) => textIndex == TextIndex && offset >= Start && offset < End;
}
