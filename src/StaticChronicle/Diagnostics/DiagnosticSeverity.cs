namespace StaticChronicle.Diagnostics;

/// <summary>How serious a reported problem is: errors fail the run, warnings ask a human to confirm.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
