using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>this</c>: the current global scope as an object.</summary>
internal sealed class ThisExpression(SourceSpan span) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context) => context.CurrentGlobal;

    public override string ToString() => "this";
}
