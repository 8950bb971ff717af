using StaticChronicle.Templating.Functions;
using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>An expression on its own: its value, if any, is written to the output.</summary>
internal sealed class ExpressionStatement(SourceSpan span, ScriptExpression expression) : ScriptStatement(span)
{
    public ScriptExpression Expression { get; } = expression;

    public override void Execute(TemplateContext context)
    {
        context.CurrentSpan = Span;
        if (Expression is FunctionCallExpression call && IncludeFunctions.TryWrite(context, call))
        {
            context.CurrentSpan = Span;
            return;
        }

        var value = context.Evaluate(Expression);
        if (value is not null && Expression is not AssignExpression)
        {
            context.CurrentSpan = Span;
            context.WriteValue(value);
        }
    }
}
