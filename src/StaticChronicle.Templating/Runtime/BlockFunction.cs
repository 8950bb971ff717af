using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>The body of a <c>wrap</c> statement as the function <c>$$</c>: running it writes the body's output.</summary>
internal sealed class BlockFunction(BlockStatement body) : IScriptFunction
{
    public int RequiredCount => 0;

    public object? Invoke(TemplateContext context, ScriptNode callSite, CallArguments arguments)
    {
        body.Execute(context);
        return null;
    }
}
