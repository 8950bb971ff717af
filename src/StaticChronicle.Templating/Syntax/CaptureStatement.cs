using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>capture target</c> … <c>end</c>: the body's output goes into a variable instead.</summary>
internal sealed class CaptureStatement(SourceSpan span, ScriptExpression target, BlockStatement body) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        context.PushOutput();
        string text;
        try
        {
            body.Execute(context);
        }
        finally
        {
            text = context.PopOutput();
        }

        if (target is not IAssignable assignable)
        {
            throw new ScriptRuntimeException(target.Span, "Unsupported target expression for assignment.");
        }

        assignable.Assign(context, text);
    }
}
