using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>case value</c> … <c>when a, b</c> … <c>else</c> … <c>end</c>.</summary>
internal sealed class CaseStatement(SourceSpan span, ScriptExpression value, IReadOnlyList<WhenClause> whens, BlockStatement? otherwise) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        var subject = context.Evaluate(value);
        foreach (var when in whens)
        {
            foreach (var candidate in when.Values)
            {
                if (ScriptValues.AreEqual(subject, context.Evaluate(candidate)))
                {
                    when.Body.Execute(context);
                    return;
                }
            }
        }

        otherwise?.Execute(context);
    }
}
