using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>while condition</c> … <c>end</c>, with <c>while.index</c>, <c>.first</c>, <c>.even</c>, <c>.odd</c>.</summary>
internal sealed class WhileStatement(SourceSpan span, ScriptExpression condition, BlockStatement body) : ScriptStatement(span)
{
    public override void Execute(TemplateContext context)
    {
        var state = new LoopState(-1);
        var scope = context.PushLoop("while", null, state);
        try
        {
            var index = 0;
            while (ScriptValues.ToBool(context.Evaluate(condition)))
            {
                scope.Step(context, Span);
                state.Index = index++;
                body.Execute(context);
                if (context.Flow == FlowState.Break)
                {
                    context.Flow = FlowState.None;
                    break;
                }

                if (context.Flow == FlowState.Continue)
                {
                    context.Flow = FlowState.None;
                }
                else if (context.Flow == FlowState.Return)
                {
                    break;
                }
            }
        }
        finally
        {
            context.PopLoop(scope);
        }
    }
}
