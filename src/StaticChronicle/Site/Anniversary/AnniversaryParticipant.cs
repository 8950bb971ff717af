namespace StaticChronicle.Site.Anniversary;

/// <summary>Someone who took part in an event, with the office the article gives them (or null).</summary>
public sealed record AnniversaryParticipant(PersonLink Person, string? Role, bool Leader);
