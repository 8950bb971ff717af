using System.Globalization;
using System.Text;
using StaticChronicle.Templating.Functions;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating;

/// <summary>The state of one render: scopes, output, limits, culture and the template loader. Use one per thread.</summary>
public class TemplateContext
{
    private readonly List<ScriptObject> _globals = [];
    private readonly List<IVariableScope> _scopes = [];
    private readonly List<CallFrame> _frames = [];
    private readonly List<StringBuilder> _outputs = [];
    private readonly List<CultureInfo> _cultures = [];
    private readonly Stack<CallArguments> _spareArguments = new();
    private readonly Stack<StringBuilder> _spareBuilders = new();
    private long _written;
    private int _depth;

    public TemplateContext()
        : this(BuiltinFunctions.Shared)
    {
    }

    /// <summary>A context whose bottom scope is <paramref name="builtins"/> instead of the shared builtin set.</summary>
    public TemplateContext(ScriptObject builtins)
    {
        BuiltinObject = builtins;
        _globals.Add(builtins);
        _frames.Add(new CallFrame(null, null));
    }

    /// <summary>The read-only builtins (<c>array</c>, <c>string</c>, <c>date</c>…) at the bottom of the scopes.</summary>
    public ScriptObject BuiltinObject { get; }

    /// <summary>Iterations one loop may run (and the largest range) before the render fails; 0 for no limit.</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>How deep function calls and includes may nest; 0 for no limit.</summary>
    public int RecursionLimit { get; set; } = 100;

    /// <summary>The longest text a value converts to; longer text is cut with "..."; 0 for no limit.</summary>
    public int LimitToString { get; set; }

    /// <summary>The most characters one render may write before it fails (not in Scriban: guards the build); 0 for no limit.</summary>
    public long OutputLimit { get; set; } = 16 * 1024 * 1024;

    public string NewLine { get; set; } = "\n";

    public MemberRenamer MemberRenamer { get; set; } = StandardMemberRenamer.Default;

    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>Included templates parsed so far by path; share a concurrent dictionary to parse each include once for many renders.</summary>
    public IDictionary<string, Template> CachedTemplates { get; set; } = new Dictionary<string, Template>(StringComparer.Ordinal);

    public CultureInfo CurrentCulture => _cultures.Count > 0 ? _cultures[^1] : CultureInfo.InvariantCulture;

    /// <summary>The scope assignments go to: the last pushed global (a <c>with</c> object, or the model).</summary>
    public ScriptObject CurrentGlobal => _globals[^1];

    public void PushGlobal(ScriptObject scriptObject)
    {
        ArgumentNullException.ThrowIfNull(scriptObject);
        _globals.Add(scriptObject);
    }

    public ScriptObject PopGlobal()
    {
        if (_globals.Count <= 1)
        {
            throw new InvalidOperationException("Cannot pop the builtin scope.");
        }

        var top = _globals[^1];
        _globals.RemoveAt(_globals.Count - 1);
        return top;
    }

    public void PushCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        _cultures.Add(culture);
    }

    public CultureInfo PopCulture()
    {
        var top = CurrentCulture;
        if (_cultures.Count > 0)
        {
            _cultures.RemoveAt(_cultures.Count - 1);
        }

        return top;
    }

    /// <summary>How a value prints in the output.</summary>
    public string ObjectToString(object? value)
    {
        var text = value as string ?? ScriptValues.Format(this, value, nested: false);
        return LimitToString > 0 && text.Length > LimitToString ? text[..LimitToString] + "..." : text;
    }

    internal FlowState Flow { get; set; }

    /// <summary>Where each <c>array.cycle</c> group is in its cycle during this render.</summary>
    internal Dictionary<string, int> CycleCounters { get; } = new(StringComparer.Ordinal);

    internal object? ReturnValue { get; set; }

    internal ScriptArray? CurrentArguments => _frames[^1].Arguments;

    internal IScriptFunction? CurrentWrapBody => _frames[^1].WrapBody;

    internal bool InLoop => _frames[^1].LoopDepth > 0;

    internal static string TypeName(object? value) => ScriptValues.TypeName(value);

    internal string RenderTemplate(Template template)
    {
        var output = new StringBuilder();
        RenderTemplate(template, output);
        return output.ToString();
    }

    /// <summary>Renders <paramref name="template"/>, appending its output to <paramref name="output"/>.</summary>
    internal void RenderTemplate(Template template, StringBuilder output)
    {
        var outputs = _outputs.Count;
        var frames = _frames.Count;
        var scopes = _scopes.Count;
        var globals = _globals.Count;
        _outputs.Add(output);
        try
        {
            template.Page.Execute(this);
        }
        catch (Exception e) when (e is not ScriptRuntimeException and not OutOfMemoryException)
        {
            // Whatever a builtin or host object throws becomes a positioned template error, never a crash.
            throw new ScriptRuntimeException(CurrentSpan, e.Message, e);
        }
        finally
        {
            Flow = FlowState.None;
            ReturnValue = null;
            _outputs.RemoveRange(outputs, _outputs.Count - outputs);
            _frames.RemoveRange(frames, _frames.Count - frames);
            _scopes.RemoveRange(scopes, _scopes.Count - scopes);
            _globals.RemoveRange(globals, _globals.Count - globals);
            _depth = 0;
            _written = 0;
        }
    }

    /// <summary>Runs an included template in this context and returns its output.</summary>
    internal string Include(Template template, ScriptNode callSite, ScriptArray arguments)
    {
        PushOutput();
        IncludeInto(template, arguments);
        return PopOutput();
    }

    /// <summary>Runs an included template in this context, writing straight to the current output.</summary>
    internal void IncludeInto(Template template, ScriptArray arguments)
    {
        _frames.Add(new CallFrame(arguments, null));
        try
        {
            template.Page.Execute(this);
        }
        finally
        {
            _frames.RemoveAt(_frames.Count - 1);
            Flow = FlowState.None;
            ReturnValue = null;
        }
    }

    /// <summary>Counts a nested call against <see cref="RecursionLimit"/>; pair with <see cref="LeaveCall"/>.</summary>
    internal void EnterCall(ScriptNode callSite)
    {
        if (RecursionLimit > 0 && _depth >= RecursionLimit)
        {
            throw new ScriptRuntimeException(callSite.Span, $"Exceeding number of recursive depth limit `{RecursionLimit}` for node: `{callSite}`");
        }

        _depth++;
    }

    internal void LeaveCall() => _depth--;

    internal void Write(string text) => Write(text.AsSpan());

    internal void Write(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return;
        }

        _written += text.Length;
        if (OutputLimit > 0 && _written > OutputLimit)
        {
            throw new ScriptRuntimeException(CurrentSpan, $"The output exceeds the limit of {OutputLimit} characters (OutputLimit).");
        }

        _outputs[^1].Append(text);
    }

    /// <summary>Writes a value as <see cref="ObjectToString"/> would, without making a string for text, integers and text buffers.</summary>
    internal void WriteValue(object value)
    {
        switch (value)
        {
            case string text when LimitToString == 0 || text.Length <= LimitToString:
                Write(text);
                break;
            case StringBuilder builder when LimitToString == 0:
                foreach (var chunk in builder.GetChunks())
                {
                    Write(chunk.Span);
                }

                break;
            case int number:
                Span<char> digits = stackalloc char[16];
                if (number.TryFormat(digits, out var length, default, CurrentCulture))
                {
                    Write(digits[..length]);
                    break;
                }

                Write(ObjectToString(value));
                break;
            default:
                Write(ObjectToString(value));
                break;
        }
    }

    /// <summary>The statement running now, for errors that have no expression of their own (the output limit).</summary>
    internal SourceSpan CurrentSpan { get; set; }

    internal void PushOutput() => _outputs.Add(_spareBuilders.Count > 0 ? _spareBuilders.Pop() : new StringBuilder());

    internal string PopOutput()
    {
        var top = _outputs[^1];
        _outputs.RemoveAt(_outputs.Count - 1);
        var text = top.ToString();

        // Captures and nested includes run many times per page: reuse their buffers.
        top.Clear();
        _spareBuilders.Push(top);
        return text;
    }

    /// <summary>Evaluates an expression; a function value read from a variable, member or indexer is called with no arguments.</summary>
    internal object? Evaluate(ScriptExpression expression)
    {
        var value = expression.Evaluate(this);
        // Most values are text: a string test is a cheap exact-type check, the interface test is not.
        if (value is not (null or string) && expression.CallsFunctionValue && value is IScriptFunction function)
        {
            return Invoke(function, expression, CallArguments.Empty);
        }

        return value;
    }

    internal object? GetGlobal(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGet(name, out var value))
            {
                return value;
            }
        }

        for (var i = _globals.Count - 1; i >= 0; i--)
        {
            if (_globals[i].TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    internal void SetGlobal(string name, object? value, ScriptNode node)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TrySet(name, value))
            {
                return;
            }
        }

        if (!CurrentGlobal.TrySetValue(name, value))
        {
            throw new ScriptRuntimeException(node.Span, $"Cannot set the readonly variable `{name}`");
        }
    }

    internal object? GetLocal(string name) =>
        _frames[^1].Locals is { } locals && locals.TryGetValue(name, out var value) ? value : null;

    internal void SetLocal(string name, object? value) => (_frames[^1].Locals ??= new ScriptObject())[name] = value;

    internal void SetReadOnly(VariableExpression variable)
    {
        if (variable.IsLocal)
        {
            (_frames[^1].Locals ??= new ScriptObject()).SetReadOnly(variable.Name, true);
        }
        else
        {
            CurrentGlobal.SetReadOnly(variable.Name, true);
        }
    }

    internal LoopScope PushLoop(string keyword, VariableExpression? variable, LoopState state)
    {
        var scope = new LoopScope(keyword, variable, state);
        if (variable is { IsLocal: true })
        {
            var locals = _frames[^1].Locals;
            scope.HadPreviousLocal = locals is not null && locals.TryGetValue(variable.Name, out var previous) && (scope.PreviousLocal = previous) is var _;
        }

        _scopes.Add(scope);
        _frames[^1].LoopDepth++;
        return scope;
    }

    internal void PopLoop(LoopScope scope)
    {
        _scopes.Remove(scope);
        _frames[^1].LoopDepth--;
        if (scope.Variable is { IsLocal: true } variable && _frames[^1].Locals is { } locals)
        {
            if (scope.HadPreviousLocal)
            {
                locals[variable.Name] = scope.PreviousLocal;
            }
            else
            {
                locals.Remove(variable.Name);
            }
        }
    }

    /// <summary>A call written in the template: the target is read without being called, then called with the arguments.</summary>
    internal object? CallExpression(ScriptNode callNode, ScriptExpression target, IReadOnlyList<ScriptExpression> arguments, object? piped, bool hasPiped)
    {
        var value = target.Evaluate(this);
        if (value is not IScriptFunction function)
        {
            if (hasPiped)
            {
                throw new ScriptRuntimeException(target.Span, $"Pipe expression destination `{target}` is not a valid function ");
            }

            if (value is null)
            {
                throw new ScriptRuntimeException(callNode.Span, $"The function `{target}` was not found");
            }

            throw new ScriptRuntimeException(callNode.Span, $"Invalid target function `{target}` ({ScriptValues.TypeName(value)})");
        }

        return CallFunction(function, callNode, arguments, piped, hasPiped, null);
    }

    internal object? CallFunction(IScriptFunction function, ScriptNode callSite, IReadOnlyList<ScriptExpression> arguments, object? piped, bool hasPiped, IScriptFunction? wrapBody)
    {
        var callArguments = _spareArguments.Count > 0 ? _spareArguments.Pop() : new CallArguments();
        callArguments.WrapBody = wrapBody;
        try
        {
            FillArguments(callArguments, arguments, piped, hasPiped);
            return Invoke(function, callSite, callArguments);
        }
        finally
        {
            // Functions copy what they keep (ScriptFunction makes its own array), so the argument lists are reused.
            callArguments.Positional.Clear();
            callArguments.Named = null;
            callArguments.WrapBody = null;
            _spareArguments.Push(callArguments);
        }
    }

    private void FillArguments(CallArguments callArguments, IReadOnlyList<ScriptExpression> arguments, object? piped, bool hasPiped)
    {
        if (hasPiped)
        {
            AddArgument(callArguments, piped);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            switch (argument)
            {
                case NamedArgumentExpression named:
                    (callArguments.Named ??= []).Add(new KeyValuePair<string, object?>(named.Name, named.Value is AnonymousFunctionExpression ? named.Value.Evaluate(this) : Evaluate(named.Value)));
                    break;
                case UnaryExpression { Operator: UnaryOperator.Spread } spread:
                    AddArgument(callArguments, new SpreadValue(Evaluate(spread.Operand)));
                    break;
                case AnonymousFunctionExpression anonymous:
                    callArguments.Positional.Add(anonymous.Evaluate(this));
                    break;
                default:
                    callArguments.Positional.Add(Evaluate(argument));
                    break;
            }
        }
    }

    private static void AddArgument(CallArguments arguments, object? value)
    {
        if (value is SpreadValue spread)
        {
            if (spread.Items is System.Collections.IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    arguments.Positional.Add(item);
                }
            }
            else
            {
                arguments.Positional.Add(spread.Items);
            }

            return;
        }

        arguments.Positional.Add(value);
    }

    internal object? Invoke(IScriptFunction function, ScriptNode callSite, CallArguments arguments)
    {
        EnterCall(callSite);
        try
        {
            return function.Invoke(this, callSite, arguments);
        }
        finally
        {
            LeaveCall();
        }
    }

    internal object? RunFunctionBody(ScriptFunction function, ScriptNode callSite, ScriptStatement body, ScriptArray arguments, ScriptObject? parameters, IScriptFunction? wrapBody)
    {
        _frames.Add(new CallFrame(arguments, wrapBody));
        ParameterScope? scope = null;
        if (parameters is not null)
        {
            scope = new ParameterScope(parameters);
            _scopes.Add(scope);
        }

        try
        {
            body.Execute(this);
            var result = Flow == FlowState.Return ? ReturnValue : null;
            return result;
        }
        finally
        {
            Flow = FlowState.None;
            ReturnValue = null;
            if (scope is not null)
            {
                _scopes.Remove(scope);
            }

            _frames.RemoveAt(_frames.Count - 1);
        }
    }
}
