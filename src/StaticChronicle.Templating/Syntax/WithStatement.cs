using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>with object</c> … <c>end</c>: assignments inside go into that object.</summary>
internal sealed class WithStatement(SourceSpan span, ScriptExpression target, BlockStatement body) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        var value = context.Evaluate(target);
        if (value is not ScriptObject scriptObject)
        {
            throw new ScriptRuntimeException(target.Span, $"Invalid target property `{target}` used for [with] statement. Must be a ScriptObject instead of `{ScriptValues.TypeName(value)}`");
        }

        context.PushGlobal(scriptObject);
        try
        {
            body.Execute(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
