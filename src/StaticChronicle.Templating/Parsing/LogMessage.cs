namespace StaticChronicle.Templating.Parsing;

/// <summary>One problem found while parsing a template, printed as <c>name(line,col) : error : message</c>.</summary>
public sealed class LogMessage
{
    public LogMessage(ParserMessageType type, SourceSpan span, string message)
    {
        Type = type;
        Span = span;
        Message = message;
    }

    public ParserMessageType Type { get; }

    public SourceSpan Span { get; }

    public string Message { get; }

    public override string ToString() =>
        $"{Span.ToStringSimple()} : {(Type == ParserMessageType.Error ? "error" : "warning")} : {Message}";
}
