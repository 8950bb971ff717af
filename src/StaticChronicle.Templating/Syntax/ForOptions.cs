namespace StaticChronicle.Templating.Syntax;

/// <summary>The <c>limit:</c>, <c>offset:</c>, <c>reversed</c> and (tablerow) <c>cols:</c> of a loop.</summary>
internal sealed record ForOptions(ScriptExpression? Limit, ScriptExpression? Offset, bool Reversed, ScriptExpression? Columns);
