namespace StaticChronicle.Seeds;

/// <summary>One <c>[person, person]</c> pair of a seed's front-matter <c>met:</c> list, with where it is written.</summary>
public sealed record MetOverride(string First, string Second, int Line, int Column);
