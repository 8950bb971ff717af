using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A declared parameter: <c>x</c>, <c>x = default</c> or <c>x...</c>.</summary>
internal sealed record FunctionParameter(string Name, ScriptExpression? Default, bool IsVariadic);
