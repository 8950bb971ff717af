namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>One rule axe-core found broken on a page, with where.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help} ({Targets.Count} node(s): {string.Join(" | ", Targets.Take(5))})";
}
