namespace StaticChronicle.Templating.Syntax;

/// <summary>What <c>for.index</c>, <c>for.first</c>… (and <c>while.*</c>) read; one per running loop, updated in place.</summary>
internal sealed class LoopState(int length)
{
    public int Index { get; set; }

    public int Length { get; } = length;

    public bool Changed { get; set; }

    public object? Get(string name) => name switch
    {
        "index" => Index,
        "index0" => Index,
        "rindex" => Length - Index - 1,
        "first" => Index == 0,
        "last" => Index == Length - 1,
        "even" => Index % 2 == 0,
        "odd" => Index % 2 == 1,
        "changed" => Changed,
        "length" => Length,
        "col" => Index + 1,
        _ => null,
    };
}
