using System.Collections.Concurrent;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Hosting;

/// <summary>Loads included templates from one folder; refuses names that would leave it (absolute paths, <c>..</c>, symlinks out).</summary>
public sealed class FileSystemTemplateLoader : ITemplateLoader
{
    private readonly string _root;
    private readonly string _resolvedRoot;
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    // Checking a name walks the path for symbolic links; one check per name is enough for a build.
    private readonly ConcurrentDictionary<string, string> _checkedPaths = new(StringComparer.Ordinal);

    public FileSystemTemplateLoader(string root)
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

        if (templateName.Length == 0 || Path.IsPathRooted(templateName) || templateName.StartsWith('/') || templateName.StartsWith('\\') || templateName.Contains(':', StringComparison.Ordinal))
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
            return null;
        }

        var resolved = Resolve(path);
        if (!IsInside(resolved, _resolvedRoot))
        {
            throw new ScriptRuntimeException(callerSpan, $"Include path `{templateName}` leads outside the templates folder (through a symbolic link)");
        }

        _checkedPaths[templateName] = path;
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _texts.GetOrAdd(templatePath, File.ReadAllText);

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
