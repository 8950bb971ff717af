using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>
/// A <see cref="CheckReport"/>'s problems as GitHub Actions workflow commands (<c>::warning file=…,line=…::…</c>),
/// so a pull request shows each one on the seed's own line.
/// </summary>
public static class GitHubAnnotations
{
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var problem in report.Seeds.SelectMany(s => s.Problems))
        {
            output.Write('\n');
            output.Write(Command(problem));
        }

        output.Write('\n');
    }

    /// <summary>One workflow command line (without the line break).</summary>
    public static string Command(Diagnostic problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var properties = new List<string> { "file=" + Property(problem.File) };
        if (problem.Line > 0)
        {
            properties.Add($"line={problem.Line}");
            if (problem.Column > 0)
            {
                properties.Add($"col={problem.Column}");
            }
        }

        properties.Add("title=" + Property(problem.IsError ? "chronicle check: error" : "chronicle check: please confirm"));
        return $"::{(problem.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Data(problem.Message)}";
    }

    // The escaping the Actions runner undoes: '%', CR and LF in data; also ':' and ',' in properties.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
