namespace StaticChronicle.Templating.Syntax;

/// <summary>One <c>when a, b</c> branch of a <c>case</c>.</summary>
internal sealed record WhenClause(IReadOnlyList<ScriptExpression> Values, BlockStatement Body);
