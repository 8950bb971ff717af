using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary>What <c>for.index</c>, <c>for.first</c>… (and <c>while.*</c>) read; one per running loop, updated in place.</summary>
internal sealed class LoopState(int length)
{
    public int Index { get; set; }

    public int Length { get; } = length;

    /// <summary>The item before the current one; <c>for.changed</c> compares them only when a template asks.</summary>
    public object? Previous { get; set; }

    public object? Current { get; set; }

    /// <summary>Set by <c>for</c>, whose items can change; a <c>while</c> loop has none.</summary>
    public bool HasItems { get; init; }

    public bool Changed => HasItems && (Index == 0 || !ScriptValues.AreEqual(Previous, Current));

    public object? Get(string name) => name switch
    {
        "index" => ScriptValues.Box(Index),
        "index0" => ScriptValues.Box(Index),
        "rindex" => ScriptValues.Box(Length - Index - 1),
        "first" => ScriptValues.Box(Index == 0),
        "last" => ScriptValues.Box(Index == Length - 1),
        "even" => ScriptValues.Box(Index % 2 == 0),
        "odd" => ScriptValues.Box(Index % 2 == 1),
        "changed" => ScriptValues.Box(Changed),
        "length" => ScriptValues.Box(Length),
        "col" => ScriptValues.Box(Index + 1),
        _ => null,
    };
}
