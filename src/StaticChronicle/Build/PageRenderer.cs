using StaticChronicle.Rendering;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>Renders one page job: its page template, then <c>layout.sbn-html</c> around it (the page's HTML is <c>content</c>).</summary>
public sealed class PageRenderer
{
    public const string LayoutTemplate = "layout.sbn-html";

    private readonly ITemplateRenderer _templates;
    private readonly SiteInfo _site;

    public PageRenderer(ITemplateRenderer templates, SiteInfo site)
    {
        _templates = templates;
        _site = site;
    }

    public string Render(PageJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var globals = new Dictionary<string, object?>(job.Model.Count + 3, StringComparer.Ordinal)
        {
            ["site"] = _site,
            ["page"] = job.Page,
        };
        foreach (var (key, value) in job.Model)
        {
            globals[key] = value is LazyModelValue lazy ? lazy.Value : value;
        }

        var content = _templates.Render(job.Template, globals);
        globals["content"] = content;
        return _templates.Render(LayoutTemplate, globals);
    }
}
