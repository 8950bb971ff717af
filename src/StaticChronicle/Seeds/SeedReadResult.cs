using StaticChronicle.Diagnostics;

namespace StaticChronicle.Seeds;

/// <summary>The seed read from a file, or null when it could not be read, with every problem found.</summary>
public sealed record SeedReadResult(Seed? Seed, IReadOnlyList<Diagnostic> Diagnostics);
