using System.Collections;
using System.Reflection;
using System.Text;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary><c>include</c> and <c>include_join</c>: render other templates through the context's template loader.</summary>
internal static class IncludeFunctions
{
    private static readonly MethodInfo IncludeMethod = typeof(IncludeFunctions).GetMethod(nameof(Include))!;

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

    /// <summary>
    /// <c>{{ include "x" }}</c> as a statement: runs the partial straight into the current output instead of building its
    /// text and copying it in (list pages include a partial once per entry). False, having evaluated nothing but the name
    /// <c>include</c>, when the call is not the builtin include with plain arguments; the caller then runs it the usual way.
    /// </summary>
    internal static bool TryWrite(TemplateContext context, FunctionCallExpression call)
    {
        var arguments = call.Arguments;
        if (arguments.Count == 0
            || context.LimitToString > 0
            || call.Target is not VariableExpression { IsLocal: false, Name: "include" }
            || context.GetGlobal("include") is not MethodFunction function
            || function.Method != IncludeMethod)
        {
            return false;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is NamedArgumentExpression or UnaryExpression { Operator: UnaryOperator.Spread })
            {
                return false;
            }
        }

        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i] is AnonymousFunctionExpression anonymous ? anonymous.Evaluate(context) : context.Evaluate(arguments[i]);
        }

        context.EnterCall(call);
        try
        {
            var name = (string?)MethodFunction.Convert(context, values[0], typeof(string), call);
            var template = Load(context, call.Span, name);
            var rest = new ScriptArray(values.Length - 1);
            for (var i = 1; i < values.Length; i++)
            {
                rest.Add(values[i]);
            }

            context.IncludeInto(template, rest);
        }
        catch (Exception e) when (e is not ScriptRuntimeException and not OutOfMemoryException)
        {
            throw new ScriptRuntimeException(call.Span, $"Error while calling `{function.Name}`: {e.Message}", e);
        }
        finally
        {
            context.LeaveCall();
        }

        return true;
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
