namespace StaticChronicle.Seeds;

/// <summary>What a seed's front matter says about one person: <c>- {name: …, participant: false, role: "…"}</c>.</summary>
/// <param name="Name">The name as the editor wrote it (any spelling the registry knows).</param>
/// <param name="Participant">Whether they took part, when set.</param>
/// <param name="Role">Their office in this article, when set; empty means none.</param>
/// <param name="Line">File line of the item, for messages.</param>
public sealed record PersonOverride(string Name, bool? Participant, string? Role, int Line);
