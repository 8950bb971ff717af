using System.Globalization;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>math</c> builtins; a null operand gives null.</summary>
internal static class MathFunctions
{
    public static object? Abs(TemplateContext context, SourceSpan span, object? value) => value switch
    {
        null => null,
        int i => Math.Abs(i),
        long l => Math.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        System.Numerics.BigInteger big => System.Numerics.BigInteger.Abs(big),
        _ => Math.Abs(ScriptValues.ToDouble(context, value, span)),
    };

    public static object? Ceil(TemplateContext context, SourceSpan span, object? value) =>
        value is null ? null : ScriptValues.IsInteger(value) ? value : ScriptValues.Normalize((long)Math.Ceiling(ScriptValues.ToDouble(context, value, span)));

    public static object? DividedBy(TemplateContext context, SourceSpan span, object? value, object? divisor)
    {
        if (value is null || divisor is null)
        {
            return null;
        }

        var result = BinaryOperations.Arithmetic(context, BinaryOperator.Divide, value, divisor, span);
        return ScriptValues.IsInteger(divisor) && result is double d ? ScriptValues.Normalize((long)Math.Truncate(d)) : result;
    }

    public static object? Floor(TemplateContext context, SourceSpan span, object? value) =>
        value is null ? null : ScriptValues.IsInteger(value) ? value : ScriptValues.Normalize((long)Math.Floor(ScriptValues.ToDouble(context, value, span)));

    public static string Format(TemplateContext context, object? value, string? format, string? culture = null)
    {
        var formatProvider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return value is IFormattable formattable ? formattable.ToString(format, formatProvider) : context.ObjectToString(value);
    }

    public static bool IsNumber(object? value) => ScriptValues.IsNumber(value);

    public static object? Minus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperations.Arithmetic(context, BinaryOperator.Subtract, value, with, span);

    public static object? Modulo(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperations.Arithmetic(context, BinaryOperator.Modulus, value, with, span);

    public static object? Plus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperations.Arithmetic(context, BinaryOperator.Add, value, with, span);

    public static int Random(int minValue, int maxValue) => System.Random.Shared.Next(minValue, maxValue);

    public static object? Round(TemplateContext context, SourceSpan span, object? value, int precision = 0)
    {
        if (value is null)
        {
            return null;
        }

        if (ScriptValues.IsInteger(value))
        {
            return value;
        }

        var rounded = Math.Round(ScriptValues.ToDouble(context, value, span), precision, MidpointRounding.ToEven);
        return precision == 0 ? ScriptValues.Normalize((long)rounded) : rounded;
    }

    public static object? Times(TemplateContext context, SourceSpan span, object? value, object? with) =>
        BinaryOperations.Arithmetic(context, BinaryOperator.Multiply, value, with, span);

    public static string Uuid() => Guid.NewGuid().ToString();
}
