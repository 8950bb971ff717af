using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>An expression: evaluates to a value.</summary>
internal abstract class ScriptExpression : ScriptNode
{
    protected ScriptExpression(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>A variable, member or indexer whose function value is called when read (unless aliased with <c>@</c>).</summary>
    public virtual bool CallsFunctionValue => false;

    /// <summary>The value, without calling a function value it may hold.</summary>
    public abstract object? Evaluate(TemplateContext context);
}
