namespace StaticChronicle.Templating.Parsing;

/// <summary>How serious a parser message is.</summary>
public enum ParserMessageType
{
    Error,
    Warning,
}
