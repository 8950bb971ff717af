using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>condition ? then : else</c>.</summary>
internal sealed class ConditionalExpression(SourceSpan span, ScriptExpression condition, ScriptExpression then, ScriptExpression otherwise)
    : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context) =>
        ScriptValues.ToBool(context.Evaluate(condition)) ? context.Evaluate(then) : context.Evaluate(otherwise);

    public override string ToString() => $"{condition} ? {then} : {otherwise}";
}
