namespace StaticChronicle.Config;

/// <summary>One person of the registry: the identity every spelling of their name resolves to.</summary>
/// <param name="Id">URL-safe identifier (person page slug), derived from the name unless given.</param>
/// <param name="Name">Canonical name in Latin script, in the order the site shows it.</param>
/// <param name="Native">Name as written natively (Vietnamese diacritics, or Japanese script).</param>
/// <param name="Country">Country the person serves or belongs to.</param>
/// <param name="Aliases">Other spellings and short references ("Fumio Kishida", "PM Kishida").</param>
/// <param name="Roles">Roles the person is known for, for pages and disambiguation.</param>
public sealed record PersonEntry(
    string Id,
    string Name,
    string? Native,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles);
