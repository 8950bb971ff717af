using System.Text;
using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>$"text {expression} text"</c>.</summary>
internal sealed class InterpolatedStringExpression(SourceSpan span, IReadOnlyList<ScriptExpression> parts) : ScriptExpression(span)
{
    public override object? Evaluate(TemplateContext context)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(context.ObjectToString(context.Evaluate(part)));
        }

        return builder.ToString();
    }

    public override string ToString() => "$\"...\"";
}
