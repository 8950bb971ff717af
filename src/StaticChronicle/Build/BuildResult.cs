using StaticChronicle.Diagnostics;

namespace StaticChronicle.Build;

/// <summary>What a finished build did: pages and files written, warnings for editors, time taken.</summary>
public sealed record BuildResult(int Articles, int Pages, int Files, IReadOnlyList<Diagnostic> Warnings, TimeSpan Elapsed, string OutputDirectory);
