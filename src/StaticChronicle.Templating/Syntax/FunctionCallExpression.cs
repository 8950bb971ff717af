using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>f a b name: c</c> or <c>f(a, b)</c>.</summary>
internal sealed class FunctionCallExpression(SourceSpan span, ScriptExpression target, IReadOnlyList<ScriptExpression> arguments, bool parenthesized = false) : ScriptExpression(span)
{
    public bool IsParenthesized { get; } = parenthesized;

    public ScriptExpression Target { get; } = target;

    public IReadOnlyList<ScriptExpression> Arguments { get; } = arguments;

    public override object? Evaluate(TemplateContext context) => context.CallExpression(this, Target, Arguments, piped: null, hasPiped: false);

    public override string ToString() => Arguments.Count == 0 ? Target.ToString()! : Target + " " + string.Join(" ", Arguments);
}
