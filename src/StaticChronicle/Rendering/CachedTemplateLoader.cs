using System.Collections.Concurrent;
using StaticChronicle.Templating;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Rendering;

/// <summary>
/// Remembers where each include name resolved to. The file-system loader checks the path and every
/// symbolic link along it on each call; a build includes the same partial tens of thousands of times,
/// and the templates folder does not change during a build.
/// </summary>
internal sealed class CachedTemplateLoader(ITemplateLoader inner) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_paths.TryGetValue(templateName, out var known))
        {
            return known;
        }

        var path = inner.GetPath(context, callerSpan, templateName);
        if (path is not null)
        {
            _paths.TryAdd(templateName, path);
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        inner.Load(context, callerSpan, templatePath);
}
