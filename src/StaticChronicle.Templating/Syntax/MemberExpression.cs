using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>target.name</c> and <c>target?.name</c>.</summary>
internal sealed class MemberExpression(SourceSpan span, ScriptExpression target, string name, SourceSpan nameSpan, bool nullConditional)
    : ScriptExpression(span), IAssignable
{
    // The getter last used here: a member expression nearly always sees one .NET type (a loop over articles),
    // so the type and name look-ups happen once per call site instead of once per read. Immutable, so threads may share it.
    private HostGetter? _host;

    public ScriptExpression Target { get; } = target;

    public string Name { get; } = name;

    public override bool CallsFunctionValue => true;

    public override object? Evaluate(TemplateContext context)
    {
        var target = context.Evaluate(Target);
        if (target is null)
        {
            if (nullConditional || Target is MemberExpression { IsNullConditionalChain: true })
            {
                return null;
            }

            throw new ScriptRuntimeException(nameSpan, $"Cannot get the member {this} for a null object.");
        }

        var host = _host;
        var type = target.GetType();
        if (host is not null && ReferenceEquals(host.Type, type) && ReferenceEquals(host.Renamer, context.MemberRenamer))
        {
            return host.Getter?.Invoke(target);
        }

        if (ObjectAccessor.IsHostMember(target, Name))
        {
            var getter = TypeAccessor.For(type, context.MemberRenamer).GetterOf(Name);
            _host = new HostGetter(type, context.MemberRenamer, getter);
            return getter?.Invoke(target);
        }

        return ObjectAccessor.GetMember(context, target, Name, out var value) ? value : null;
    }

    /// <summary>A <c>?.</c> earlier in the chain makes the rest of it null-safe.</summary>
    public bool IsNullConditionalChain => nullConditional || Target is MemberExpression { IsNullConditionalChain: true };

    public void Assign(TemplateContext context, object? value)
    {
        var target = context.Evaluate(Target);
        if (target is null)
        {
            throw new ScriptRuntimeException(nameSpan, $"Cannot set the member {this} for a null object.");
        }

        if (!ObjectAccessor.SetMember(context, target, Name, value))
        {
            throw new ScriptRuntimeException(nameSpan, $"Cannot set a value for the readonly member: {this}");
        }
    }

    public override string ToString() => $"{Target}{(nullConditional ? "?." : ".")}{Name}";

    private sealed class HostGetter(Type type, MemberRenamer renamer, Func<object, object?>? getter)
    {
        public Type Type { get; } = type;

        public MemberRenamer Renamer { get; } = renamer;

        /// <summary>Null when the type has no member of that name (reads give null).</summary>
        public Func<object, object?>? Getter { get; } = getter;
    }
}
