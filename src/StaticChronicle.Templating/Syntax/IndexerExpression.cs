using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>target[index]</c>: list items (negative counts from the end) and object members by name.</summary>
internal sealed class IndexerExpression(SourceSpan span, ScriptExpression target, ScriptExpression index) : ScriptExpression(span), IAssignable
{
    public override bool CallsFunctionValue => true;

    public override object? Evaluate(TemplateContext context)
    {
        var target = context.Evaluate(Target);
        if (target is null)
        {
            throw new ScriptRuntimeException(Target.Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }

        var key = context.Evaluate(index);
        if (key is null)
        {
            throw new ScriptRuntimeException(index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }

        return ObjectAccessor.GetIndex(context, target, key, this);
    }

    public ScriptExpression Target { get; } = target;

    public void Assign(TemplateContext context, object? value)
    {
        var target = context.Evaluate(Target);
        if (target is null)
        {
            throw new ScriptRuntimeException(Target.Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }

        var key = context.Evaluate(index);
        if (key is null)
        {
            throw new ScriptRuntimeException(index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }

        if (!ObjectAccessor.SetIndex(context, target, key, value, this))
        {
            throw new ScriptRuntimeException(index.Span, $"Cannot set a value for the readonly member `{context.ObjectToString(key)}` in the indexer: {this}");
        }
    }

    public override string ToString() => $"{Target}[{index}]";
}
