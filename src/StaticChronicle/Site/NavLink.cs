namespace StaticChronicle.Site;

/// <summary>An entry of the main navigation.</summary>
public sealed record NavLink(string Section, string Title, string Url);
