using Scriban.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>
/// Replaces, in parsed templates, each <c>path | html.escape</c> with an <see cref="HtmlEscapePipe"/> in place.
/// </summary>
/// <remarks>
/// Only where nothing else can differ: the left side is a variable or a member path (no call that could read the
/// pipe's arguments), the right side is exactly <c>html.escape</c>, and no template of the set ever names
/// <c>html</c> as anything but the builtin object (an assignment, a loop variable or a parameter called <c>html</c>
/// turns the whole rewrite off). A pipe whose parent is a node kind not handled here is left as Scriban parsed it.
/// </remarks>
internal sealed class HtmlEscapeRewriter : ScriptVisitor
{
    private readonly List<ScriptPipeCall> _pipes = [];
    private bool _htmlRebound;

    /// <summary>Rewrites every template of the set, or none of them; returns how many pipes were replaced.</summary>
    public static int Rewrite(IEnumerable<ScriptPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var finder = new HtmlEscapeRewriter();
        foreach (var page in pages)
        {
            finder.Visit(page);
        }

        if (finder._htmlRebound)
        {
            return 0;
        }

        var replaced = 0;
        foreach (var pipe in finder._pipes)
        {
            if (Replace(pipe))
            {
                replaced++;
            }
        }

        return replaced;
    }

    public override void Visit(ScriptPipeCall node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (IsHtmlEscape(node.To) && IsPath(node.From))
        {
            _pipes.Add(node);
        }

        base.Visit(node);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        ArgumentNullException.ThrowIfNull(node);
        // `html` read as the target of a member (`html.escape`, `html.strip`) is the builtin; anywhere else it may be bound.
        if (node.Name == "html" && !(node.Parent is ScriptMemberExpression member && ReferenceEquals(member.Target, node)
            && !(member.Parent is ScriptAssignExpression assign && ReferenceEquals(assign.Target, member))))
        {
            _htmlRebound = true;
        }

        base.Visit(node);
    }

    // Scriban parses the right side of `| html.escape` as a call of the member with no arguments of its own.
    private static bool IsHtmlEscape(ScriptExpression? to) =>
        to is ScriptFunctionCall { Target: var target, Arguments.Count: 0 } && IsHtmlEscapeMember(target);

    private static bool IsHtmlEscapeMember(ScriptExpression? target) =>
        target is ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "html" }, Member: { Name: "escape" } };

    private static bool IsPath(ScriptExpression? from) => from switch
    {
        ScriptVariable => true,
        ScriptMemberExpression { Target: var target, Member: not null } => IsPath(target),
        _ => false,
    };

    private static bool Replace(ScriptPipeCall pipe)
    {
        var escape = new HtmlEscapePipe(pipe);
        switch (pipe.Parent)
        {
            case ScriptExpressionStatement statement when ReferenceEquals(statement.Expression, pipe):
                statement.Expression = escape;
                return true;
            case ScriptBinaryExpression binary when ReferenceEquals(binary.Left, pipe):
                binary.Left = escape;
                return true;
            case ScriptBinaryExpression binary when ReferenceEquals(binary.Right, pipe):
                binary.Right = escape;
                return true;
            case ScriptAssignExpression assign when ReferenceEquals(assign.Value, pipe):
                assign.Value = escape;
                return true;
            case ScriptNestedExpression nested when ReferenceEquals(nested.Expression, pipe):
                nested.Expression = escape;
                return true;
            default:
                return false;
        }
    }
}
