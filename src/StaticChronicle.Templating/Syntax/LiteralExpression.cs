using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A number, string, boolean or null written in the template.</summary>
internal sealed class LiteralExpression(SourceSpan span, object? value, string display) : ScriptExpression(span)
{
    public object? Value { get; } = value;

    public override object? Evaluate(TemplateContext context) => Value;

    public override string ToString() => display;
}
