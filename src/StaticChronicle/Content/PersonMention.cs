namespace StaticChronicle.Content;

/// <summary>A person as one article names them, resolved to one identity.</summary>
/// <param name="Id">Identity slug: the registry id, or one derived from the full name for unregistered people.</param>
/// <param name="Name">Canonical name (registry name, or the fullest form the article uses).</param>
/// <param name="Registered">Whether the identity comes from the registry in <c>site-config.yml</c>.</param>
/// <param name="Roles">Roles the article gives them ("Prime Minister", "Governor of Hokkaido").</param>
/// <param name="Evidence">The sentence that first names them.</param>
public sealed record PersonMention(string Id, string Name, bool Registered, IReadOnlyList<string> Roles, string Evidence)
{
    /// <summary>
    /// Whether they took part in the reported event (met, held talks, visited, hosted, spoke, signed), rather than
    /// being named only (admired, congratulated, invited for later, a historical figure). Everyone named counts
    /// until the participant step has looked.
    /// </summary>
    public bool Participant { get; init; } = true;

    /// <summary>The office this article gives them, complete and as written ("President of the House of Councillors"), or null.</summary>
    public string? Role { get; init; }
}
