namespace StaticChronicle.Seeds;

/// <summary>A seed file read and decoded: its text with LF line endings and the front matter that overrides extraction.</summary>
/// <param name="SourcePath">Path relative to the site root with '/' separators, as articles record it.</param>
/// <param name="DisplayPath">Path as messages show it to the user.</param>
/// <param name="Text">The text after the front matter, LF line endings, no BOM.</param>
/// <param name="FirstTextLine">1-based line of the file where <paramref name="Text"/> starts, so positions in it map back to the file.</param>
/// <param name="FrontMatter">Editor overrides; <see cref="SeedFrontMatter.Empty"/> when the seed has none.</param>
public sealed record Seed(string SourcePath, string DisplayPath, string Text, int FirstTextLine, SeedFrontMatter FrontMatter);
