using System.Collections;
using System.Globalization;
using System.Reflection;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A .NET method callable from templates: positional then named (snake_case) arguments, defaults, <c>params</c>.</summary>
internal sealed class MethodFunction : IScriptFunction
{
    private readonly MethodInfo _method;
    private MethodInvoker? _invoker;
    private readonly object? _target;
    private readonly ParameterInfo[] _parameters;
    private readonly Type[] _types;
    private readonly bool[] _hasDefault;
    private readonly object?[] _defaults;
    private readonly string[] _names;
    private readonly int _paramsIndex = -1;
    private readonly int _bindable;

    public MethodFunction(string name, MethodInfo method, object? target)
    {
        Name = name;
        _method = method;
        _target = target;
        _parameters = method.GetParameters();
        _names = new string[_parameters.Length];

        // Reading ParameterInfo.DefaultValue parses metadata each time: read it once here.
        _types = _parameters.Select(p => p.ParameterType).ToArray();
        _hasDefault = _parameters.Select(p => p.HasDefaultValue).ToArray();
        _defaults = _parameters.Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
        for (var i = 0; i < _parameters.Length; i++)
        {
            var parameter = _parameters[i];
            _names[i] = StandardMemberRenamer.Rename(parameter.Name ?? "arg" + i);
            if (IsInjected(parameter))
            {
                continue;
            }

            if (parameter.IsDefined(typeof(ParamArrayAttribute)))
            {
                _paramsIndex = i;
                continue;
            }

            _bindable++;
            if (!parameter.HasDefaultValue)
            {
                RequiredCount++;
            }
        }
    }

    public string Name { get; }

    public MethodInfo Method => _method;

    public int RequiredCount { get; }

    private static bool IsInjected(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(TemplateContext) || parameter.ParameterType == typeof(SourceSpan);

    public object? Invoke(TemplateContext context, ScriptNode callSite, CallArguments arguments)
    {
        var count = _types.Length;
        var buffer = default(ArgumentBuffer);
        var values = count <= ArgumentBuffer.Length ? ((Span<object?>)buffer)[..count] : new object?[count];
        var assigned = count <= 64 ? 0UL : throw new ScriptRuntimeException(callSite.Span, $"`{Name}` has too many parameters");
        List<object?>? rest = _paramsIndex >= 0 ? [] : null;
        var positional = arguments.Positional;
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var type = _types[i];
            if (type == typeof(TemplateContext))
            {
                values[i] = context;
                assigned |= 1UL << i;
            }
            else if (type == typeof(SourceSpan))
            {
                values[i] = callSite.Span;
                assigned |= 1UL << i;
            }
            else if (i != _paramsIndex && position < positional.Count)
            {
                values[i] = Convert(context, positional[position++], type, callSite);
                assigned |= 1UL << i;
            }
        }

        if (rest is not null)
        {
            while (position < positional.Count)
            {
                rest.Add(positional[position++]);
            }
        }

        if (position < positional.Count)
        {
            throw new ScriptRuntimeException(ArgumentErrorSpan(callSite), $"Invalid number of arguments `{positional.Count}` passed to `{Name}` while expecting `{_bindable}` arguments");
        }

        if (arguments.Named is not null)
        {
            foreach (var (key, value) in arguments.Named)
            {
                var index = Array.IndexOf(_names, key);
                if (index < 0)
                {
                    throw new ScriptRuntimeException(callSite.Span, $"Invalid argument `{key}` for the function `{Name}`");
                }

                if (index == _paramsIndex)
                {
                    rest!.Add(value);
                    continue;
                }

                values[index] = Convert(context, value, _types[index], callSite);
                assigned |= 1UL << index;
            }
        }

        for (var i = 0; i < count; i++)
        {
            if ((assigned & (1UL << i)) != 0)
            {
                continue;
            }

            if (i == _paramsIndex)
            {
                var elementType = _types[i].GetElementType()!;
                var array = Array.CreateInstance(elementType, rest!.Count);
                for (var j = 0; j < rest.Count; j++)
                {
                    array.SetValue(Convert(context, rest[j], elementType, callSite), j);
                }

                values[i] = array;
            }
            else if (_hasDefault[i])
            {
                values[i] = _defaults[i];
            }
            else
            {
                throw new ScriptRuntimeException(ArgumentErrorSpan(callSite), $"Invalid number of arguments `{positional.Count + (arguments.Named?.Count ?? 0)}` passed to `{Name}` while expecting `{RequiredCount}` arguments");
            }
        }

        try
        {
            // MethodInvoker calls without reflection's per-call checks and argument array, and does not wrap exceptions.
            _invoker ??= MethodInvoker.Create(_method);
            return _invoker.Invoke(_target, values);
        }
        catch (Exception e) when (e is not ScriptRuntimeException and not OutOfMemoryException)
        {
            throw new ScriptRuntimeException(callSite.Span, $"Error while calling `{Name}`: {e.Message}", e);
        }
    }

    private static SourceSpan ArgumentErrorSpan(ScriptNode callSite) =>
        callSite is FunctionCallExpression ? callSite.Span : callSite.Span with { Start = callSite.Span.End };

    public static object? Convert(TemplateContext context, object? value, Type type, ScriptNode callSite)
    {
        if (type == typeof(object) || (value is not null && type.IsInstanceOfType(value) && type != typeof(IEnumerable)))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
        {
            return type.IsValueType && underlying is null ? Activator.CreateInstance(type) : null;
        }

        type = underlying ?? type;
        if (type.IsInstanceOfType(value) && type != typeof(IEnumerable))
        {
            return value;
        }

        if (type == typeof(string))
        {
            return context.ObjectToString(value);
        }

        var span = callSite.Span;
        if (type == typeof(bool))
        {
            return ScriptValues.ToBool(value);
        }

        if (type == typeof(int))
        {
            return ScriptValues.ToInt(context, value, span);
        }

        if (type == typeof(long))
        {
            return ScriptValues.ToLong(context, value, span);
        }

        if (type == typeof(double))
        {
            return ScriptValues.ToDouble(context, value, span);
        }

        if (type == typeof(float))
        {
            return (float)ScriptValues.ToDouble(context, value, span);
        }

        if (type == typeof(decimal))
        {
            return value is decimal m ? m : (decimal)ScriptValues.ToDouble(context, value, span);
        }

        if (type == typeof(IEnumerable) || type == typeof(IList) || type == typeof(ScriptArray))
        {
            return value switch
            {
                ScriptArray array => array,
                string when type == typeof(IEnumerable) => value,

                // The builtins taking an IEnumerable only read it (they return new arrays): no copy of a host list,
                // which `array.size entry.people` would otherwise make on every call.
                IEnumerable when type == typeof(IEnumerable) => value,
                IEnumerable enumerable => new ScriptArray(enumerable.Cast<object?>()),
                _ => new ScriptArray { value },
            };
        }

        if (type == typeof(DateTime) && value is string text)
        {
            return DateTime.Parse(text, context.CurrentCulture);
        }

        if (type == typeof(TimeSpan) && value is string span2)
        {
            return TimeSpan.Parse(span2, context.CurrentCulture);
        }

        try
        {
            return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{ScriptValues.TypeName(value)}` to `{type.Name}`");
        }
    }

    /// <summary>Room for the arguments of a builtin on the stack (they take at most a handful).</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct ArgumentBuffer
    {
        public const int Length = 8;

        private object? _first;
    }
}
