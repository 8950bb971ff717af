namespace StaticChronicle.Diagnostics;

/// <summary>Ends a run that cannot go on, carrying every problem collected before it stopped.</summary>
public sealed class DiagnosticException : Exception
{
    public DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public DiagnosticException() : this([]) { }

    public DiagnosticException(string message) : base(message) => Diagnostics = [];

    public DiagnosticException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];
}
