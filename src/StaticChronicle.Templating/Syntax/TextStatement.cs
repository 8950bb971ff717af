using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>Template text outside code blocks (and escape blocks), written as is.</summary>
internal sealed class TextStatement(SourceSpan span, string text) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        context.CurrentSpan = Span;
        context.Write(text);
    }
}
