using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>func name</c> … <c>end</c>, <c>func name(x, y = 1, z...)</c> and <c>name(x) = expression</c>.</summary>
internal sealed class FunctionStatement(SourceSpan span, VariableExpression name, ScriptFunction function) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context) => name.Assign(context, function);
}
