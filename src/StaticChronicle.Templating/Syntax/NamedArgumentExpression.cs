using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>name: value</c> in a call's arguments.</summary>
internal sealed class NamedArgumentExpression(SourceSpan span, string name, ScriptExpression value) : ScriptExpression(span)
{
    public string Name { get; } = name;

    public ScriptExpression Value { get; } = value;

    public override object? Evaluate(TemplateContext context) => context.Evaluate(Value);

    public override string ToString() => $"{Name}: {Value}";
}
