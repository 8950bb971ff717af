using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>import object</c>: copies its members into the current scope (never over a read-only variable).</summary>
internal sealed class ImportStatement(SourceSpan span, ScriptExpression source) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        var value = context.Evaluate(source);
        if (value is null)
        {
            return;
        }

        if (value is not ScriptObject scriptObject)
        {
            throw new ScriptRuntimeException(source.Span, $"Unexpected value `{ScriptValues.TypeName(value)}` for import. Expecting a plain script object {{}}");
        }

        context.CurrentGlobal.ImportFrom(scriptObject);
    }
}
