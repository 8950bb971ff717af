using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>An expression on its own: its value, if any, is written to the output.</summary>
internal sealed class ExpressionStatement(SourceSpan span, ScriptExpression expression) : ScriptStatement(span)
{
    public ScriptExpression Expression { get; } = expression;

    public override void Execute(TemplateContext context)
    {
        context.CurrentSpan = Span;
        var value = context.Evaluate(Expression);
        if (value is not null && Expression is not AssignExpression)
        {
            var text = context.ObjectToString(value);
            context.CurrentSpan = Span;
            context.Write(text);
        }
    }
}
