namespace StaticChronicle.Config;

/// <summary>
/// An event whose anniversaries articles mention ("the 50th anniversary of diplomatic ties"),
/// so a date without a year can be fixed: event year + N.
/// </summary>
/// <param name="Id">Short name used in evidence and templates (e.g. <c>diplomatic-relations</c>).</param>
/// <param name="Name">What the event is, for people.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Keywords">Phrases that, near "Nth anniversary of", identify this event.</param>
public sealed record ReferenceEvent(string Id, string Name, DateOnly Date, IReadOnlyList<string> Keywords);
