namespace StaticChronicle.Templating.Runtime;

/// <summary>The named parameters of a running <c>func f(x, y)</c>.</summary>
internal sealed class ParameterScope(ScriptObject values) : IVariableScope
{
    public bool TryGet(string name, out object? value) => values.TryGetValue(name, out value);

    public bool TrySet(string name, object? value)
    {
        if (!values.ContainsKey(name))
        {
            return false;
        }

        values[name] = value;
        return true;
    }
}
