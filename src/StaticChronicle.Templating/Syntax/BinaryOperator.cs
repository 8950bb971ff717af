namespace StaticChronicle.Templating.Syntax;

/// <summary>The binary operators of the language.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideRound,
    Modulus,
    ShiftLeft,
    ShiftRight,
    RangeInclude,
    RangeExclude,
    CompareEqual,
    CompareNotEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    And,
    Or,
    EmptyCoalescing,
    NotEmptyCoalescing,
    BinaryOr,
    BinaryAnd,
}
