using System.Collections.Concurrent;
using StaticChronicle.Build;
using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Caching;

/// <summary>The real templates, noting the output path of every page they render.</summary>
internal sealed class RecordingTemplates(ITemplateRenderer inner) : ITemplateRenderer
{
    private readonly ConcurrentBag<string> _pages = [];

    /// <summary>Site-relative paths of the pages rendered, sorted.</summary>
    public IReadOnlyList<string> Pages => [.. _pages.Order(StringComparer.Ordinal)];

    public bool HasTemplate(string templateName) => inner.HasTemplate(templateName);

    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        if (templateName == PageRenderer.LayoutTemplate)
        {
            _pages.Add(((PageMeta)globals["page"]!).Path);
        }

        return inner.Render(templateName, globals);
    }
}
