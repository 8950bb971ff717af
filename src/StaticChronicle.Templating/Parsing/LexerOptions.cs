namespace StaticChronicle.Templating.Parsing;

/// <summary>How template text is read.</summary>
public readonly record struct LexerOptions
{
    public ScriptLang Lang { get; init; }
}
