using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>left operator right</c>; <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> and <c>?!</c> evaluate the right side only when needed.</summary>
internal sealed class BinaryExpression(SourceSpan span, BinaryOperator op, string opText, SourceSpan operatorSpan, ScriptExpression left, ScriptExpression right)
    : ScriptExpression(span)
{
    public BinaryOperator Operator { get; } = op;

    public SourceSpan OperatorSpan { get; } = operatorSpan;

    public string OperatorText { get; } = opText;

    public ScriptExpression Left { get; } = left;

    public ScriptExpression Right { get; } = right;

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case BinaryOperator.And:
                return ScriptValues.Box(ScriptValues.ToBool(context.Evaluate(Left)) && ScriptValues.ToBool(context.Evaluate(Right)));
            case BinaryOperator.Or:
                return ScriptValues.Box(ScriptValues.ToBool(context.Evaluate(Left)) || ScriptValues.ToBool(context.Evaluate(Right)));
            case BinaryOperator.EmptyCoalescing:
                return context.Evaluate(Left) ?? context.Evaluate(Right);
            case BinaryOperator.NotEmptyCoalescing:
                return context.Evaluate(Left) is null ? null : context.Evaluate(Right);
            default:
                var left = context.Evaluate(Left);
                var right = context.Evaluate(Right);
                return BinaryOperations.Apply(context, this, left, right);
        }
    }

    public override string ToString() => $"{Left} {OperatorText} {Right}";
}
