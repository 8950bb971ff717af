using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>do … end</c>: a function value.</summary>
internal sealed class AnonymousFunctionExpression(SourceSpan span, ScriptFunction function) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context) => function;

    public override string ToString() => "do ... end";
}
