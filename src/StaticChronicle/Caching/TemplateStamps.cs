using System.Text.RegularExpressions;

namespace StaticChronicle.Caching;

/// <summary>
/// What each page template's output depends on in the templates folder: its own file, every file that is not
/// another page template (layout, partials, anything a template names), and another page template only when
/// some of those name it. An include whose name is computed makes every page template depend on every other.
/// </summary>
public static partial class TemplateStamps
{
    /// <summary>The stamp of each of <paramref name="pageTemplates"/> (names relative to the folder, '/' separated).</summary>
    public static IReadOnlyDictionary<string, UInt128> ForPages(string templatesDirectory, IEnumerable<string> pageTemplates)
    {
        ArgumentNullException.ThrowIfNull(templatesDirectory);
        ArgumentNullException.ThrowIfNull(pageTemplates);
        var files = new SortedDictionary<string, (UInt128 Hash, string? Text)>(StringComparer.Ordinal);
        if (Directory.Exists(templatesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(templatesDirectory, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(templatesDirectory, file).Replace('\\', '/');
                var bytes = File.ReadAllBytes(file);
                var text = name.EndsWith(".sbn-html", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetString(bytes) : null;
                files[name] = (ContentHash.Of(bytes), text);
            }
        }

        var pages = pageTemplates.ToHashSet(StringComparer.Ordinal);
        var texts = files.Where(f => f.Value.Text is not null).Select(f => f.Value.Text!).ToList();
        bool Named(string name) => texts.Any(t => t.Contains(name, StringComparison.Ordinal));
        var shared = files
            .Where(f => !pages.Contains(f.Key) && (f.Value.Text is not null || !f.Key.StartsWith("assets/", StringComparison.Ordinal) || Named(f.Key)))
            .ToList();
        var sharedTexts = shared.Where(f => f.Value.Text is not null).Select(f => f.Value.Text!).ToList();

        var stamps = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var own = files.TryGetValue(page, out var found) ? found : (ContentHash.Of([]), null);
            var reading = own.Text is null ? sharedTexts : [own.Text, .. sharedTexts];
            var computed = reading.Any(t => ComputedInclude().IsMatch(t));
            var parts = new List<(string, UInt128)> { (page, own.Hash) };
            parts.AddRange(shared.Select(f => (f.Key, f.Value.Hash)));
            parts.AddRange(files
                .Where(f => pages.Contains(f.Key) && f.Key != page && (computed || reading.Any(t => t.Contains(f.Key, StringComparison.Ordinal))))
                .Select(f => (f.Key, f.Value.Hash)));
            stamps[page] = new ModelFingerprint().Of(parts.Select(p => $"{p.Item1}\n{p.Item2:X32}").ToList());
        }

        return stamps;
    }

    [GeneratedRegex(@"\binclude\s+(?![""'])")]
    private static partial Regex ComputedInclude();
}
