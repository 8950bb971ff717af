using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A running loop: its variable (when global), its <c>for</c>/<c>while</c> object and its iteration count.</summary>
internal sealed class LoopScope(string keyword, VariableExpression? variable, LoopState state) : IVariableScope
{
    private object? _value;
    private int _iterations;

    public VariableExpression? Variable { get; } = variable;

    public object? PreviousLocal { get; set; }

    public bool HadPreviousLocal { get; set; }

    public void SetVariable(TemplateContext context, object? value)
    {
        if (Variable is null)
        {
            return;
        }

        if (Variable.IsLocal)
        {
            context.SetLocal(Variable.Name, value);
        }
        else
        {
            _value = value;
        }
    }

    public void Step(TemplateContext context, SourceSpan span)
    {
        if (context.LoopLimit > 0 && ++_iterations > context.LoopLimit)
        {
            throw new ScriptRuntimeException(span, $"Exceeding number of iteration limit `{context.LoopLimit}` for loop statement.");
        }
    }

    public bool TryGet(string name, out object? value)
    {
        if (Variable is { IsLocal: false } && name == Variable.Name)
        {
            value = _value;
            return true;
        }

        if (name == keyword)
        {
            value = state;
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySet(string name, object? value)
    {
        if (Variable is { IsLocal: false } && name == Variable.Name)
        {
            _value = value;
            return true;
        }

        return false;
    }
}
