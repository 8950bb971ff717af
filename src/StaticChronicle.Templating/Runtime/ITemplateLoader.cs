using StaticChronicle.Templating.Parsing;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Finds and reads the templates that <c>include</c> names.</summary>
public interface ITemplateLoader
{
    /// <summary>The full path for a template name, or null when there is none; may throw a positioned error for a refused name.</summary>
    string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>The text of the template at <paramref name="templatePath"/>.</summary>
    string Load(TemplateContext context, SourceSpan callerSpan, string templatePath);
}
