namespace StaticChronicle.Seeds;

/// <summary>The seed files of a site in build order, with the size and modification time the listing saw for each (links left out of <see cref="States"/>).</summary>
public sealed record SeedListing(IReadOnlyList<string> Files, IReadOnlyDictionary<string, (long Length, long ModifiedTicks)> States);
