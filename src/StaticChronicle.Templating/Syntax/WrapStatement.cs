using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>wrap f args</c> … <c>end</c>: calls <c>f</c>, which runs the body wherever it writes <c>$$</c>.</summary>
internal sealed class WrapStatement(SourceSpan span, ScriptExpression call, BlockStatement body) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        var (target, arguments) = call is FunctionCallExpression invocation ? (invocation.Target, invocation.Arguments) : (call, []);
        var kind = target switch
        {
            VariableExpression => "variable",
            MemberExpression => "member",
            NestedExpression => "nested expression",
            _ => "expression",
        };
        var function = target is VariableExpression or MemberExpression ? target.Evaluate(context) as IScriptFunction : null;
        if (function is null)
        {
            throw new ScriptRuntimeException(target.Span, $"Expecting a direct function instead of the expression `{target}/{kind}`");
        }

        var value = context.CallFunction(function, call, arguments, piped: null, hasPiped: false, wrapBody: new BlockFunction(body));
        if (value is not null)
        {
            context.Write(context.ObjectToString(value));
        }
    }
}
