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
    IReadOnlyList<string> Roles)
{
    /// <summary>
    /// The offices held and when, from the roles (structured <c>{office, from, to}</c> entries, or the years in
    /// "President of Vietnam (2024)"), so a year-less date can be placed by who held which office.
    /// </summary>
    public IReadOnlyList<OfficeTenure> Tenures { get; init; } = Roles.SelectMany(OfficeTenure.FromRole).ToList();
}
