namespace StaticChronicle.Templating.Parsing;

/// <summary>Where a piece of a template is: the source name and its start and end positions.</summary>
public readonly record struct SourceSpan(string FileName, TextPosition Start, TextPosition End)
{
    /// <summary>The <c>name(line,column)</c> form used at the start of every message (1-based).</summary>
    public string ToStringSimple() => $"{FileName}({Start.Line + 1},{Start.Column + 1})";

    public override string ToString() => ToStringSimple();
}
