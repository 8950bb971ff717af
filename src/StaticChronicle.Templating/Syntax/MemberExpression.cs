using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>target.name</c> and <c>target?.name</c>.</summary>
internal sealed class MemberExpression(SourceSpan span, ScriptExpression target, string name, SourceSpan nameSpan, bool nullConditional)
    : ScriptExpression(span), IAssignable
{
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
}
