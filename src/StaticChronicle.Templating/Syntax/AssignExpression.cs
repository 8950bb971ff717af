using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>target = value</c> and the compound forms <c>+= -= *= /= //= %=</c>; allowed only as a statement.</summary>
internal sealed class AssignExpression(SourceSpan span, ScriptExpression target, BinaryOperator? compound, ScriptExpression value) : ScriptExpression(span)
{

    /// <summary><c>f(x, y) = expression</c> declares a function rather than assigning.</summary>
    public bool IsFunctionDefinition =>
        compound is null && target is FunctionCallExpression { IsParenthesized: true, Target: VariableExpression } call
        && call.Arguments.All(a => a is VariableExpression { IsLocal: false });

    public FunctionStatement ToFunctionStatement()
    {
        var call = (FunctionCallExpression)target;
        var parameters = call.Arguments.Select(a => new FunctionParameter(((VariableExpression)a).Name, null, false)).ToList();
        var name = (VariableExpression)call.Target;
        return new FunctionStatement(Span, name, new ScriptFunction(name.Name, parameters, new ReturnStatement(value.Span, value)));
    }

    public override object? Evaluate(TemplateContext context)
    {
        var targetNode = target;
        while (targetNode is NestedExpression nested)
        {
            targetNode = nested.Inner;
        }

        if (targetNode is not IAssignable assignable)
        {
            throw new ScriptRuntimeException(targetNode.Span, "Unsupported target expression for assignment.");
        }

        var newValue = value is AnonymousFunctionExpression ? value.Evaluate(context) : context.Evaluate(value);
        if (compound is { } op)
        {
            newValue = BinaryOperations.Arithmetic(context, op, context.Evaluate(targetNode), newValue, Span);
        }

        assignable.Assign(context, newValue);
        return null;
    }

    public override string ToString() => $"{target} = {value}";
}
