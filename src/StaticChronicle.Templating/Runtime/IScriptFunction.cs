using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Something a template can call: a template function, a builtin or a host delegate.</summary>
internal interface IScriptFunction
{
    /// <summary>The fewest positional arguments the function accepts (for the "invalid number of arguments" check).</summary>
    int RequiredCount { get; }

    object? Invoke(TemplateContext context, ScriptNode callSite, CallArguments arguments);
}
