using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>Where a builtin calls back into a template function (the builtin's own call site).</summary>
internal sealed class CallSite(SourceSpan span, string name) : ScriptNode(span)
{
    public override string ToString() => name;
}
