namespace StaticChronicle.Caching;

/// <summary>A seed's file name with the hash of the extraction outcome a build was made from.</summary>
public readonly record struct SeedHash(string Name, UInt128 OutcomeHash);
