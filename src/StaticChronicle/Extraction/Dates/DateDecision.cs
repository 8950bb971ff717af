namespace StaticChronicle.Extraction.Dates;

/// <summary>
/// What the date reasoning concluded: the date (or null when the text does not fix it), warnings about evidence
/// that disagrees, and every date-like phrase considered with what it gave or why it was rejected.
/// </summary>
public sealed record DateDecision(DateResult? Result, IReadOnlyList<string> Warnings, IReadOnlyList<DateCandidate> Candidates);
