using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>if</c> … <c>else if</c> … <c>else</c> … <c>end</c>.</summary>
internal sealed class IfStatement(SourceSpan span, ScriptExpression condition, BlockStatement then, ScriptStatement? otherwise) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        if (ScriptValues.ToBool(context.Evaluate(condition)))
        {
            then.Execute(context);
        }
        else
        {
            otherwise?.Execute(context);
        }
    }
}
