using StaticChronicle.Content;

namespace StaticChronicle.Extraction.People;

/// <summary>The people an article names, in order of first mention, and every place in the text that names them.</summary>
public sealed record PeopleFindings(IReadOnlyList<PersonMention> People, IReadOnlyList<PersonSpan> Spans);
