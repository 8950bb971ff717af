using StaticChronicle.Content;

namespace StaticChronicle.Extraction;

/// <summary>What the participant, side, role and meeting steps found in one article, before front matter.</summary>
internal sealed record ArticleFacts(
    HashSet<string> Participants,
    Dictionary<string, string> Sides,
    Dictionary<string, string?> Roles,
    List<MetPair> Met);
