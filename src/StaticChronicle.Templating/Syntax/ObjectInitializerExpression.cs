using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>{name: value, "quoted": value}</c>.</summary>
internal sealed class ObjectInitializerExpression(SourceSpan span, IReadOnlyList<KeyValuePair<string, ScriptExpression>> members) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in members)
        {
            result[name] = context.Evaluate(value);
        }

        return result;
    }

    public override string ToString() => "{" + string.Join(", ", members.Select(m => m.Key + ": " + m.Value)) + "}";
}
