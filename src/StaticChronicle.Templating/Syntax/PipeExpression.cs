using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>value | f args</c>: the value becomes the first argument of <c>f</c>.</summary>
internal sealed class PipeExpression(SourceSpan span, ScriptExpression from, ScriptExpression to) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context)
    {
        var value = from is UnaryExpression { Operator: UnaryOperator.Spread } spread
            ? new SpreadValue(context.Evaluate(spread.Operand))
            : context.Evaluate(from);
        return to switch
        {
            FunctionCallExpression call => context.CallExpression(call, call.Target, call.Arguments, value, hasPiped: true),
            _ => context.CallExpression(to, to, [], value, hasPiped: true),
        };
    }

    public override string ToString() => $"{from} | {to}";
}
