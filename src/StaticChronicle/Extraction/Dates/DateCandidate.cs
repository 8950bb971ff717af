namespace StaticChronicle.Extraction.Dates;

/// <summary>A date-like phrase the text holds, and why it did or did not fix the article's date ("'on Friday' — no month").</summary>
/// <param name="Phrase">The words as written.</param>
/// <param name="Line">1-based seed line the words are on, or 0 when unknown.</param>
/// <param name="Reason">What it gives or why it was rejected, in words.</param>
public sealed record DateCandidate(string Phrase, int Line, string Reason);
