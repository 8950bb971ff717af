using StaticChronicle.Build;
using StaticChronicle.Diagnostics;
using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Build;

/// <summary>A stand-in engine for build-pipeline tests: writes the template name and page title; can be told to fail.</summary>
internal sealed class EchoTemplates(string? failOn = null) : ITemplateRenderer
{
    public bool HasTemplate(string templateName) => true;

    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals)
    {
        if (templateName == failOn)
        {
            throw new DiagnosticException([Diagnostic.Error("templates/" + templateName, 3, 7, "something is wrong here.")]);
        }

        return templateName == PageRenderer.LayoutTemplate
            ? $"<html><title>{((PageMeta)globals["page"]!).Title}</title>{globals["content"]}</html>"
            : $"<main>{templateName}</main>";
    }
}
