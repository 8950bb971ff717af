using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>ret value</c>: leaves the function (or, at top level, the template).</summary>
internal sealed class ReturnStatement(SourceSpan span, ScriptExpression? value) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        context.ReturnValue = value is null ? null : context.Evaluate(value);
        context.Flow = FlowState.Return;
    }
}
