using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A statement: runs, writing to the current output.</summary>
internal abstract class ScriptStatement : ScriptNode
{
    protected ScriptStatement(SourceSpan span)
        : base(span)
    {
    }

    public abstract void Execute(TemplateContext context);
}
