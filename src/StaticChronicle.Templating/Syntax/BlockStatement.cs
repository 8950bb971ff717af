using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A sequence of statements; stops early on <c>break</c>, <c>continue</c> or <c>ret</c>.</summary>
internal sealed class BlockStatement(SourceSpan span, IReadOnlyList<ScriptStatement> statements) : ScriptStatement(span)
{
    public IReadOnlyList<ScriptStatement> Statements { get; } = statements;

    public override void Execute(TemplateContext context)
    {
        foreach (var statement in Statements)
        {
            statement.Execute(context);
            if (context.Flow != FlowState.None)
            {
                return;
            }
        }
    }
}
