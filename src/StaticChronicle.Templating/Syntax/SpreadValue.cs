namespace StaticChronicle.Templating.Syntax;

/// <summary>A piped <c>^array</c>: its items become separate arguments.</summary>
internal sealed record SpreadValue(object? Items);
