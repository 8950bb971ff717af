using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Commands;

/// <summary>How commands print problems: each on its own line, and on failure one closing line saying what it meant.</summary>
internal static class DiagnosticOutput
{
    /// <summary>Writes <paramref name="diagnostics"/> and <paramref name="closingLine"/> to <paramref name="error"/>; returns the exit code for content errors.</summary>
    public static int Fail(TextWriter error, IEnumerable<Diagnostic> diagnostics, string closingLine)
    {
        Write(error, diagnostics);
        error.WriteLine(closingLine);
        return ExitCodes.ContentError;
    }

    /// <summary>Writes each diagnostic on its own line, as <c>file:line:column: severity: message</c>.</summary>
    public static void Write(TextWriter error, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }
}
