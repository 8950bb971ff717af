namespace StaticChronicle.Extraction.Body;

/// <summary>A line of seed text with its 1-based line number in the seed file.</summary>
public sealed record TextLine(string Text, int Line);
