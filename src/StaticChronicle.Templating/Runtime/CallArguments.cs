namespace StaticChronicle.Templating.Runtime;

/// <summary>The evaluated arguments of one call: positional values, then named ones in the order written.</summary>
internal sealed class CallArguments
{
    public static readonly CallArguments Empty = new();

    public List<object?> Positional { get; } = [];

    public List<KeyValuePair<string, object?>>? Named { get; set; }

    /// <summary>The body of a <c>wrap</c>, run by <c>$$</c>.</summary>
    public IScriptFunction? WrapBody { get; set; }
}
