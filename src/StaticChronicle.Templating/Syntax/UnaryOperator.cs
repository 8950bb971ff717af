namespace StaticChronicle.Templating.Syntax;

/// <summary>The prefix and postfix operators of the language.</summary>
internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
    PreIncrement,
    PreDecrement,
    PostIncrement,
    PostDecrement,

    /// <summary><c>^array</c>: spreads the items into separate arguments.</summary>
    Spread,

    /// <summary><c>@expression</c>: the function value itself, not a call to it.</summary>
    FunctionAlias,
}
