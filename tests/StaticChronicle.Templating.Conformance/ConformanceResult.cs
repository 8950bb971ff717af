namespace StaticChronicle.Templating.Conformance;

/// <summary>What one case produced: exact match, and for error cases whether the first error's line and column match.</summary>
internal sealed record ConformanceResult(ConformanceCase Case, string Expected, string Actual, bool Passed, bool Located);
