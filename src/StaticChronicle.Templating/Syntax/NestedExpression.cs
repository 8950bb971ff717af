using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>( expression )</c>.</summary>
internal sealed class NestedExpression(SourceSpan span, ScriptExpression inner) : ScriptExpression(span)
{
    public ScriptExpression Inner { get; } = inner;

    public override bool CallsFunctionValue => true;

    public override object? Evaluate(TemplateContext context) => context.Evaluate(Inner);

    public override string ToString() => $"({Inner})";
}
