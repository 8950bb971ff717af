namespace StaticChronicle.Templating.Runtime;

/// <summary>One running function (or the template itself): its arguments, <c>$locals</c> and loop depth.</summary>
internal sealed class CallFrame(ScriptArray? arguments, IScriptFunction? wrapBody)
{
    public ScriptArray? Arguments { get; } = arguments;

    public IScriptFunction? WrapBody { get; } = wrapBody;

    public ScriptObject? Locals { get; set; }

    public int LoopDepth { get; set; }
}
