using Scriban.Parsing;
using Scriban.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>A render ran past <see cref="TemplateLimits.RenderTime"/>; its span is the loop that was running.</summary>
#pragma warning disable CA1032 // Only PageTemplateContext throws it, always with the loop's span.
public sealed class RenderTimeoutException(SourceSpan span) : ScriptRuntimeException(span, "the render ran out of time")
#pragma warning restore CA1032
{
}
