using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>
/// Scriban's include loader for <c>templates/</c>: a name is a path relative to the folder, written with <c>/</c>;
/// absolute names, <c>..</c> and symbolic links that lead out of the folder are refused with an error at the
/// <c>include</c>. Scriban ships no file loader, and a loader that follows any path would let a template publish
/// any file on the machine.
/// </summary>
internal sealed class TemplateFolderLoader : ITemplateLoader
{
    private readonly string _root;
    private readonly string _resolvedRoot;

    // A build includes the same partial tens of thousands of times; checking a name walks its path for symbolic
    // links, and the folder does not change during a build, so each name is checked once.
    private readonly ConcurrentDictionary<string, string> _checkedPaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public TemplateFolderLoader(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = Path.GetFullPath(root);
        _resolvedRoot = Resolve(_root);
    }

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (_checkedPaths.TryGetValue(templateName, out var known))
        {
            return known;
        }

        if (templateName.Length == 0 || Path.IsPathRooted(templateName) || templateName[0] is '/' or '\\' || templateName.Contains(':', StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"Include path `{templateName}` must be relative to the templates folder (absolute paths are not allowed)");
        }

        var segments = templateName.Split('/', '\\');
        if (segments.Any(s => s == ".."))
        {
            throw new ScriptRuntimeException(callerSpan, $"Include path `{templateName}` must stay inside the templates folder (`..` is not allowed)");
        }

        var path = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (!File.Exists(path))
        {
            // Scriban turns null into "Include template `…` was not found" at the include.
            return null;
        }

        if (!IsInside(Resolve(path), _resolvedRoot))
        {
            throw new ScriptRuntimeException(callerSpan, $"Include path `{templateName}` leads outside the templates folder (through a symbolic link)");
        }

        _checkedPaths[templateName] = path;
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _texts.GetOrAdd(templatePath, File.ReadAllText);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private static bool IsInside(string path, string root)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it followed.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                {
                    current = Resolve(target.FullName);
                }
            }
        }

        return current;
    }
}
