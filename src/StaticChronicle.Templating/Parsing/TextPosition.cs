namespace StaticChronicle.Templating.Parsing;

/// <summary>A position in a template: zero-based offset, line and column (a tab counts as one column).</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column);
