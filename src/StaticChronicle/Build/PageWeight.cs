using System.Globalization;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Build;

/// <summary>
/// How heavy the published site is: its total size, its heaviest HTML page, and a warning for every page over the
/// budget (<c>page_weight.budget_kb</c>) naming the page and the template that rendered it. Pure: it reads sizes
/// it is given, so it is tested without a site on disk.
/// </summary>
public sealed record PageWeight(long TotalBytes, string? HeaviestPage, long HeaviestBytes, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Weighs <paramref name="files"/> (output-relative path → bytes); pages are the HTML files among them.</summary>
    /// <param name="templates">Output path → the template that rendered it, for the warnings.</param>
    /// <param name="budgetKb">The largest a page may be, in KB of 1,024 bytes.</param>
    /// <param name="outputFolder">How the output folder is shown in warnings.</param>
    public static PageWeight Of(IEnumerable<KeyValuePair<string, long>> files, IReadOnlyDictionary<string, string> templates, int budgetKb, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(templates);
        long total = 0;
        string? heaviest = null;
        long heaviestBytes = 0;
        var over = new List<(string Path, long Bytes)>();
        var budget = budgetKb * 1024L;
        foreach (var (path, bytes) in files)
        {
            total += bytes;
            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            if (bytes > heaviestBytes || (bytes == heaviestBytes && heaviest is not null && string.CompareOrdinal(path, heaviest) < 0))
            {
                (heaviest, heaviestBytes) = (path, bytes);
            }

            if (bytes > budget)
            {
                over.Add((path, bytes));
            }
        }

        var folder = outputFolder.TrimEnd('/', '\\');
        var warnings = over
            .OrderByDescending(o => o.Bytes).ThenBy(o => o.Path, StringComparer.Ordinal)
            .Select(o => Diagnostic.Warning($"{folder}/{o.Path}", 0, 0,
                $"this page is {Kb(o.Bytes)}, over the page budget of {budgetKb.ToString(CultureInfo.InvariantCulture)} KB (page_weight.budget_kb in site-config.yml). " +
                $"It is rendered by {(templates.TryGetValue(o.Path, out var t) ? t : "no template (a redirect or an asset)")}: show less per entry there, or lower pagination.page_size."))
            .ToList();
        return new PageWeight(total, heaviest, heaviestBytes, warnings);
    }

    /// <summary>"148.2 KB": sizes as the summary and the warnings print them (1 KB = 1,024 bytes).</summary>
    public static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");

    /// <summary>"123.4 MB" (1 MB = 1,048,576 bytes).</summary>
    public static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
