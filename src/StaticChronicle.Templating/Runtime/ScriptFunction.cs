using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A function written in the template (<c>func</c>, <c>f(x) = …</c> or <c>do … end</c>).</summary>
internal sealed class ScriptFunction(string name, IReadOnlyList<FunctionParameter>? parameters, ScriptStatement body) : IScriptFunction
{
    public string Name { get; } = name;

    public int RequiredCount => parameters?.Count(p => p.Default is null && !p.IsVariadic) ?? 0;

    public object? Invoke(TemplateContext context, ScriptNode callSite, CallArguments arguments)
    {
        var array = new ScriptArray(arguments.Positional);
        ScriptObject? parameterScope = null;
        if (parameters is not null)
        {
            parameterScope = new ScriptObject(parameters.Count);
            var position = 0;
            foreach (var parameter in parameters)
            {
                if (parameter.IsVariadic)
                {
                    var rest = new ScriptArray();
                    while (position < arguments.Positional.Count)
                    {
                        rest.Add(arguments.Positional[position++]);
                    }

                    parameterScope[parameter.Name] = rest;
                }
                else if (position < arguments.Positional.Count)
                {
                    parameterScope[parameter.Name] = arguments.Positional[position++];
                }
                else
                {
                    parameterScope[parameter.Name] = parameter.Default is null ? null : context.Evaluate(parameter.Default);
                }
            }

            if (arguments.Named is not null)
            {
                foreach (var (key, value) in arguments.Named)
                {
                    if (!parameterScope.ContainsKey(key))
                    {
                        throw new ScriptRuntimeException(callSite.Span, $"Invalid argument `{key}` for the function `{Name}`");
                    }

                    parameterScope[key] = value;
                }
            }

            if (position < arguments.Positional.Count)
            {
                throw new ScriptRuntimeException(callSite.Span, $"Invalid number of arguments `{arguments.Positional.Count}` passed to `{Name}` while expecting `{parameters.Count}` arguments");
            }
        }
        else if (arguments.Named is not null)
        {
            foreach (var (key, value) in arguments.Named)
            {
                array.Properties[key] = value;
            }
        }

        return context.RunFunctionBody(this, callSite, body, array, parameterScope, arguments.WrapBody);
    }
}
