using System.Globalization;
using System.Text;

namespace StaticChronicle.Templating.Conformance;

/// <summary>The counts per measure, printed as <c>scriban-conformance: output 90/90, doc 117/117, …</c>.</summary>
internal sealed record ConformanceSummary(IReadOnlyList<ConformanceResult> Results)
{
    public (int Passed, int Total) Output => Count(r => !r.Case.IsDoc && !r.Case.IsError, r => r.Passed);

    public (int Passed, int Total) Doc => Count(r => r.Case.IsDoc, r => r.Passed);

    public (int Passed, int Total) ErrorsExact => Count(r => r.Case.IsError, r => r.Passed);

    public (int Passed, int Total) ErrorsLocated => Count(r => r.Case.IsError, r => r.Located);

    public string Line =>
        $"scriban-conformance: output {Output.Passed}/{Output.Total}, doc {Doc.Passed}/{Doc.Total}, errors-exact {ErrorsExact.Passed}/{ErrorsExact.Total}, errors-located {ErrorsLocated.Passed}/{ErrorsLocated.Total}";

    /// <summary>Per category, the failures with expected and actual text, and the final line.</summary>
    public string Report(bool details)
    {
        var builder = new StringBuilder();
        foreach (var group in Results.GroupBy(r => r.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count(r => r.Passed)}/{group.Count()}");
            foreach (var failure in group.Where(r => !r.Passed))
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"  FAIL {failure.Case.Path} ({failure.Case.Expect}{(failure.Case.Needs == "-" ? string.Empty : ", needs " + failure.Case.Needs)})");
                if (details)
                {
                    builder.AppendLine("    expected: " + Escape(failure.Expected));
                    builder.AppendLine("    actual:   " + Escape(failure.Actual));
                }
            }
        }

        builder.Append(Line);
        return builder.ToString();
    }

    private static string Escape(string text) => text.Length > 600 ? text[..600].Replace("\n", "\\n", StringComparison.Ordinal) + "…" : text.Replace("\n", "\\n", StringComparison.Ordinal);

    private (int Passed, int Total) Count(Func<ConformanceResult, bool> filter, Func<ConformanceResult, bool> passed)
    {
        var selected = Results.Where(filter).ToList();
        return (selected.Count(passed), selected.Count);
    }
}
