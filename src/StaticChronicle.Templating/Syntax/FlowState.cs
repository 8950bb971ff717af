namespace StaticChronicle.Templating.Syntax;

/// <summary>What interrupts the normal flow of statements.</summary>
internal enum FlowState
{
    None,
    Break,
    Continue,
    Return,
}
