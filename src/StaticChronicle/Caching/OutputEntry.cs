namespace StaticChronicle.Caching;

/// <summary>One published file as the last build left it: what it was made from, and its size and time on disk then.</summary>
/// <param name="Fingerprint">Hash of the inputs of a page, or of the bytes of a data file or asset.</param>
public readonly record struct OutputEntry(UInt128 Fingerprint, long Length, long ModifiedTicks);
