using System.Collections;
using System.Text;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary><c>include</c> and <c>include_join</c>: render other templates through the context's template loader.</summary>
internal static class IncludeFunctions
{
    public static string Include(TemplateContext context, SourceSpan span, string? templateName, params object?[] arguments)
    {
        var template = Load(context, span, templateName);
        return context.Include(template, new CallSite(span, "include"), new ScriptArray(arguments));
    }

    public static string IncludeJoin(TemplateContext context, SourceSpan span, IEnumerable? templateNames, string? separator = null, string? begin = null, string? end = null)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var name in templateNames ?? Array.Empty<object?>())
        {
            if (!first)
            {
                builder.Append(separator);
            }

            first = false;
            builder.Append(Include(context, span, context.ObjectToString(name)));
        }

        return builder.Length == 0 ? string.Empty : begin + builder + end;
    }

    private static Template Load(TemplateContext context, SourceSpan span, string? templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
        {
            throw new ScriptRuntimeException(span, "Include template name cannot be null or empty");
        }

        var loader = context.TemplateLoader
            ?? throw new ScriptRuntimeException(span, $"Unable to include <{templateName}>: no template loader is set (TemplateContext.TemplateLoader)");
        var path = loader.GetPath(context, span, templateName)
            ?? throw new ScriptRuntimeException(span, $"Include template `{templateName}` was not found");
        if (context.CachedTemplates.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = loader.Load(context, span, path);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(span, $"Include template `{templateName}` has errors:\n{template.Messages}");
        }

        context.CachedTemplates[path] = template;
        return template;
    }
}
