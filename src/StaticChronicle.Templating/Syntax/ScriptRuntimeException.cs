using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A template failed while rendering; <see cref="Span"/> points at the failing expression.</summary>
public class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(SourceSpan span, string message)
        : base(message)
    {
        Span = span;
        OriginalMessage = message;
    }

    public ScriptRuntimeException(SourceSpan span, string message, Exception innerException)
        : base(message, innerException)
    {
        Span = span;
        OriginalMessage = message;
    }

    public ScriptRuntimeException()
        : this(default, "Template error")
    {
    }

    public ScriptRuntimeException(string message)
        : this(default, message)
    {
    }

    public ScriptRuntimeException(string message, Exception innerException)
        : this(default, message, innerException)
    {
    }

    public SourceSpan Span { get; }

    /// <summary>The message without the position prefix.</summary>
    public string OriginalMessage { get; }

    /// <summary><c>name(line,col) : error : message</c>.</summary>
    public override string Message => $"{Span.ToStringSimple()} : error : {OriginalMessage}";

    public override string ToString() => Message;
}
