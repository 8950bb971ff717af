namespace StaticChronicle.Content;

/// <summary>A person as one article names them, resolved to one identity.</summary>
/// <param name="Id">Identity slug: the registry id, or one derived from the full name for unregistered people.</param>
/// <param name="Name">Canonical name (registry name, or the fullest form the article uses).</param>
/// <param name="Registered">Whether the identity comes from the registry in <c>site-config.yml</c>.</param>
/// <param name="Roles">Roles the article gives them ("Prime Minister", "Governor of Hokkaido").</param>
/// <param name="Evidence">The sentence that first names them.</param>
public sealed record PersonMention(string Id, string Name, bool Registered, IReadOnlyList<string> Roles, string Evidence);
