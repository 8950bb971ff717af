using System.Reflection;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary>The builtin scope every context starts from: the function groups, <c>include</c>, <c>empty</c> and <c>blank</c>.</summary>
internal static class BuiltinFunctions
{
    /// <summary>One read-only set shared by all contexts (templates cannot change it; building it once keeps renders cheap).</summary>
    public static readonly ScriptObject Shared = Create();

    public static ScriptObject Create()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("array", Group("array", typeof(ArrayFunctions)), readOnly: true);
        var date = Group("date", typeof(DateFunctions));
        date.SetValue("default_format", DateFunctions.DefaultFormat, readOnly: true);
        date.SetValue("format", DateFunctions.DefaultFormat, readOnly: true);
        builtins.SetValue("date", date, readOnly: true);
        builtins.SetValue("html", Group("html", typeof(HtmlFunctions)), readOnly: true);
        builtins.SetValue("math", Group("math", typeof(MathFunctions)), readOnly: true);
        builtins.SetValue("object", Group("object", typeof(ObjectFunctions)), readOnly: true);
        builtins.SetValue("regex", Group("regex", typeof(RegexFunctions)), readOnly: true);
        builtins.SetValue("string", Group("string", typeof(StringFunctions)), readOnly: true);
        var timespan = Group("timespan", typeof(TimeSpanFunctions));
        timespan.SetValue("zero", TimeSpan.Zero, readOnly: true);
        builtins.SetValue("timespan", timespan, readOnly: true);
        foreach (var method in typeof(IncludeFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var name = NameOf(method);
            builtins.SetValue(name, new MethodFunction(name, method, null), readOnly: true);
        }

        builtins.SetValue("empty", EmptyValue.Instance, readOnly: true);
        builtins.SetValue("blank", EmptyValue.Instance, readOnly: true);
        return builtins;
    }

    private static ScriptObject Group(string groupName, Type type)
    {
        var group = new ScriptObject();
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var name = NameOf(method);
            group.SetValue(name, new MethodFunction(groupName + "." + name, method, null), readOnly: true);
        }

        return group;
    }

    private static string NameOf(MethodInfo method) =>
        method.GetCustomAttribute<ScriptMemberNameAttribute>()?.Name ?? StandardMemberRenamer.Rename(method.Name);

    /// <summary>Calls a template function (or builtin) value from inside a builtin, e.g. the predicate of <c>array.filter</c>.</summary>
    public static object? CallBack(TemplateContext context, SourceSpan span, object? function, params object?[] arguments)
    {
        if (function is not IScriptFunction callable)
        {
            throw new ScriptRuntimeException(span, $"The value `{context.ObjectToString(function)}` is not a function");
        }

        var callArguments = new CallArguments();
        callArguments.Positional.AddRange(arguments);
        return context.Invoke(callable, new CallSite(span, "function"), callArguments);
    }
}
