namespace StaticChronicle.Extraction.People;

/// <summary>Where a person is named in one of the texts searched, with the role words in front of the name.</summary>
/// <param name="TextIndex">Which text (of the list given to the finder).</param>
/// <param name="Start">Start of the name.</param>
/// <param name="End">End of the name.</param>
/// <param name="RoleStart">Start of the role phrase before the name ("Prime Minister …"), or <paramref name="Start"/>.</param>
/// <param name="PersonId">The identity the name resolved to.</param>
/// <param name="ShortName">How to name them briefly (family name, or a Vietnamese given name).</param>
public sealed record PersonSpan(int TextIndex, int Start, int End, int RoleStart, string PersonId, string ShortName);
