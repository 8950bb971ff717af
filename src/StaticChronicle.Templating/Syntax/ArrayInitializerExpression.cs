using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>[a, b, c]</c>.</summary>
internal sealed class ArrayInitializerExpression(SourceSpan span, IReadOnlyList<ScriptExpression> items) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(context.Evaluate(item));
        }

        return array;
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
