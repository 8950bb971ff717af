using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>readonly name</c>: later assignments to it fail.</summary>
internal sealed class ReadOnlyStatement(SourceSpan span, VariableExpression variable) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context) => context.SetReadOnly(variable);
}
