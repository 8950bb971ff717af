using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A node of the parsed template; immutable once parsed, so one tree serves many renders at once.</summary>
internal abstract class ScriptNode
{
    protected ScriptNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }
}
