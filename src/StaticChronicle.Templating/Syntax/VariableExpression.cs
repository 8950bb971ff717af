using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A global (<c>name</c>) or local (<c>$name</c>) variable.</summary>
internal sealed class VariableExpression(SourceSpan span, string name, bool isLocal) : ScriptExpression(span), IAssignable
{
    public string Name { get; } = name;

    public bool IsLocal { get; } = isLocal;

    public override bool CallsFunctionValue => true;

    public override object? Evaluate(TemplateContext context) =>
        IsLocal ? context.GetLocal(Name) : context.GetGlobal(Name);

    public void Assign(TemplateContext context, object? value)
    {
        if (IsLocal)
        {
            context.SetLocal(Name, value);
        }
        else
        {
            context.SetGlobal(Name, value, this);
        }
    }

    public override string ToString() => IsLocal ? "$" + Name : Name;
}
