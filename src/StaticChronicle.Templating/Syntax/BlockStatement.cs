using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Syntax;

/// <summary>A sequence of statements; stops early on <c>break</c>, <c>continue</c> or <c>ret</c>.</summary>
internal sealed class BlockStatement(SourceSpan span, IReadOnlyList<ScriptStatement> statements) : ScriptStatement(span)
{
    // An array, so running a block (once per loop iteration) allocates no enumerator.
    private readonly ScriptStatement[] _statements = [.. statements];

    public IReadOnlyList<ScriptStatement> Statements => _statements;

    public override void Execute(TemplateContext context)
    {
        foreach (var statement in _statements)
        {
            statement.Execute(context);
            if (context.Flow != FlowState.None)
            {
                return;
            }
        }
    }
}
