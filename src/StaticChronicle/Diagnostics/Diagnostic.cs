namespace StaticChronicle.Diagnostics;

/// <summary>A problem found in an input file, positioned so an editor can jump to it.</summary>
/// <param name="File">Path as the user would type it (relative to the working directory where possible).</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and what to do about it, in one or two sentences.</param>
public sealed record Diagnostic(string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>file:line:col: error: message</c>, the shape terminals and editors turn into links.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? (Column > 0 ? $":{Line}:{Column}" : $":{Line}") : "";
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{File}{position}: {severity}: {Message}";
    }

    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(file, line, column, DiagnosticSeverity.Error, message);

    public static Diagnostic Warning(string file, int line, int column, string message) =>
        new(file, line, column, DiagnosticSeverity.Warning, message);
}
