namespace StaticChronicle.Seeds;

/// <summary>What adding an article to the seeds folder did: stored it under <see cref="Path"/>, or found it already there.</summary>
/// <param name="Path">The new seed, or the existing seed with the same content.</param>
/// <param name="IsDuplicate">True when nothing was written because <see cref="Path"/> already holds this article.</param>
public sealed record SeedAddition(string Path, bool IsDuplicate);
