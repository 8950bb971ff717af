namespace StaticChronicle.Templating.Parsing;

/// <summary>One token: its kind, where it is, and for text, strings and escapes the decoded value.</summary>
internal readonly record struct Token(TokenKind Kind, TextPosition Start, TextPosition End, string? Value)
{
    /// <summary>For interpolated strings: the literal parts and the hole expressions in order.</summary>
    public IReadOnlyList<InterpolationPart>? Parts { get; init; }

    /// <summary>Whitespace came before this token on the same line (a space before <c>[</c> makes a call argument).</summary>
    public bool SpaceBefore { get; init; }

    /// <summary>For <c>{{~ ~}}</c>/<c>{{- -}}</c> and string quotes: the marker or quote character.</summary>
    public char Marker { get; init; }
}
