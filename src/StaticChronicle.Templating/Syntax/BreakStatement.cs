using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>break</c> or <c>continue</c>.</summary>
internal sealed class BreakStatement(SourceSpan span, bool isContinue) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        if (!context.InLoop)
        {
            throw new ScriptRuntimeException(Span, $"The <{(isContinue ? "continue" : "break")}> statement can only be used inside for/while loops");
        }

        context.Flow = isContinue ? FlowState.Continue : FlowState.Break;
    }
}
