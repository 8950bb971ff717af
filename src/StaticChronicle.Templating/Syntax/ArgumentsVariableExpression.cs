using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>$</c> (all arguments), <c>$0</c>… (one argument) and <c>$$</c> (the body of a <c>wrap</c>).</summary>
internal sealed class ArgumentsVariableExpression(SourceSpan span, string text) : ScriptExpression(span)
{
    private readonly int _index = text.Length > 1 && text[1] != '$' ? int.Parse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) : -1;

    public override bool CallsFunctionValue => true;

    public override object? Evaluate(TemplateContext context)
    {
        if (text == "$$")
        {
            return context.CurrentWrapBody;
        }

        var arguments = context.CurrentArguments;
        if (_index < 0)
        {
            return arguments;
        }

        return arguments is not null && _index < arguments.Count ? arguments[_index] : null;
    }

    public override string ToString() => text;
}
