using System.Text;

namespace StaticChronicle.Rendering;

/// <summary>
/// The one seam between the site and a template engine: render a named template with a set of
/// global variables. Scriban (<see cref="ScribanTemplates"/>) sits behind it; tests put recording or echoing
/// renderers in its place.
/// </summary>
public interface ITemplateRenderer
{
    /// <summary>True when <paramref name="templateName"/> (e.g. <c>person.sbn-html</c>) exists and parsed.</summary>
    bool HasTemplate(string templateName);

    /// <summary>Renders a template; safe to call from several threads at once.</summary>
    /// <param name="globals">Top-level variables, named as templates use them (<c>site</c>, <c>page</c>, <c>article</c>…).</param>
    /// <exception cref="Diagnostics.DiagnosticException">A template failed at run time; the message names file, line and column.</exception>
    string Render(string templateName, IReadOnlyDictionary<string, object?> globals);

    /// <summary>Renders a template, appending to <paramref name="output"/>: a build reuses one buffer per thread instead of a new string per page.</summary>
    void Render(string templateName, IReadOnlyDictionary<string, object?> globals, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Append(Render(templateName, globals));
    }
}
