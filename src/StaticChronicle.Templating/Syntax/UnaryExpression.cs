using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>, <c>++x</c>, <c>x--</c>, <c>^x</c> and <c>@x</c>.</summary>
internal sealed class UnaryExpression(SourceSpan span, UnaryOperator op, ScriptExpression operand) : ScriptExpression(span)
{
    public UnaryOperator Operator { get; } = op;

    public ScriptExpression Operand { get; } = operand;

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case UnaryOperator.Not:
                return ScriptValues.Box(!ScriptValues.ToBool(context.Evaluate(Operand)));
            case UnaryOperator.Negate:
                return BinaryOperations.Negate(context, context.Evaluate(Operand), Span);
            case UnaryOperator.Plus:
                return context.Evaluate(Operand);
            case UnaryOperator.FunctionAlias:
                return Operand.Evaluate(context);
            case UnaryOperator.Spread:
                return context.Evaluate(Operand);
            default:
                if (Operand is not IAssignable target)
                {
                    throw new ScriptRuntimeException(Operand.Span, "Unsupported target expression for assignment.");
                }

                var before = context.Evaluate(Operand);
                var delta = Operator is UnaryOperator.PreIncrement or UnaryOperator.PostIncrement ? BinaryOperator.Add : BinaryOperator.Subtract;
                var after = BinaryOperations.Arithmetic(context, delta, before, 1, Span);
                target.Assign(context, after);
                return Operator is UnaryOperator.PreIncrement or UnaryOperator.PreDecrement ? after : before;
        }
    }

    public override string ToString() => Operator switch
    {
        UnaryOperator.Not => "!" + Operand,
        UnaryOperator.Negate => "-" + Operand,
        UnaryOperator.Plus => "+" + Operand,
        UnaryOperator.PreIncrement => "++" + Operand,
        UnaryOperator.PreDecrement => "--" + Operand,
        UnaryOperator.PostIncrement => Operand + "++",
        UnaryOperator.PostDecrement => Operand + "--",
        UnaryOperator.Spread => "^" + Operand,
        _ => "@" + Operand,
    };
}
