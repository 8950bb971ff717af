namespace StaticChronicle.Templating.Runtime;

/// <summary>A short-lived scope searched before the globals: a running loop or a function's named parameters.</summary>
internal interface IVariableScope
{
    bool TryGet(string name, out object? value);

    bool TrySet(string name, object? value);
}
