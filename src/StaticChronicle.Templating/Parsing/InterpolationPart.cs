namespace StaticChronicle.Templating.Parsing;

/// <summary>A piece of an interpolated string: literal text, or the tokens of a <c>{hole}</c>.</summary>
internal sealed record InterpolationPart(string? Text, IReadOnlyList<Token>? Tokens);
