using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using StaticChronicle.Templating.Functions;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Scriban's value rules: truthiness, equality, ordering, number conversions and how values print.</summary>
internal static class ScriptValues
{
    private static readonly object[] SmallIntegers = Enumerable.Range(-128, 1152).Select(i => (object)i).ToArray();
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Boxes an int, reusing boxes for small values (loop indexes, sizes) to spare allocations.</summary>
    public static object Box(int value) => value is >= -128 and < 1024 ? SmallIntegers[value + 128] : value;

    /// <summary>Shared boxes for the results of comparisons and logic, evaluated many times per page.</summary>
    public static object Box(bool value) => value ? True : False;

    public static bool ToBool(object? value) => value switch
    {
        null => false,
        bool b => b,
        EmptyValue => false,
        _ => true,
    };

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or short or byte or sbyte or ushort or uint or ulong;

    public static bool IsInteger(object? value) =>
        value is int or long or BigInteger or short or byte or sbyte or ushort or uint or ulong;

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        EmptyValue => true,
        string s => s.Length == 0,
        ScriptObject o => o.Count == 0,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    public static int ToInt(TemplateContext context, object? value, SourceSpan span)
    {
        try
        {
            return value switch
            {
                null => 0,
                int i => i,
                bool b => b ? 1 : 0,
                string s => int.Parse(s, NumberStyles.Integer, context.CurrentCulture),
                BigInteger big => (int)big,
                IConvertible convertible => convertible.ToInt32(context.CurrentCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{TypeName(value)}` to int");
        }
    }

    public static long ToLong(TemplateContext context, object? value, SourceSpan span)
    {
        try
        {
            return value switch
            {
                null => 0,
                long l => l,
                int i => i,
                string s => long.Parse(s, NumberStyles.Integer, context.CurrentCulture),
                BigInteger big => (long)big,
                IConvertible convertible => convertible.ToInt64(context.CurrentCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{TypeName(value)}` to long");
        }
    }

    public static double ToDouble(TemplateContext context, object? value, SourceSpan span)
    {
        try
        {
            return value switch
            {
                null => 0,
                double d => d,
                int i => i,
                string s => double.Parse(s, NumberStyles.Float, context.CurrentCulture),
                BigInteger big => (double)big,
                IConvertible convertible => convertible.ToDouble(context.CurrentCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{TypeName(value)}` to double");
        }
    }

    public static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger big => big,
        int i => i,
        long l => l,
        ulong ul => ul,
        _ => new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>An integer result in the smallest of int, long, BigInteger that holds it.</summary>
    public static object Normalize(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return Box((int)value);
        }

        return value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
    }

    public static object Normalize(long value) => value is >= int.MinValue and <= int.MaxValue ? Box((int)value) : value;

    public static bool AreEqual(object? left, object? right)
    {
        if (left is EmptyValue)
        {
            return IsEmpty(right);
        }

        if (right is EmptyValue)
        {
            return IsEmpty(left);
        }

        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        if (left is ScriptArray la && right is ScriptArray ra)
        {
            if (ReferenceEquals(la, ra))
            {
                return true;
            }

            if (la.Count != ra.Count)
            {
                return false;
            }

            for (var i = 0; i < la.Count; i++)
            {
                if (!AreEqual(la[i], ra[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return left.Equals(right);
    }

    public static int CompareNumbers(object left, object right)
    {
        if (left is int li && right is int ri)
        {
            return li.CompareTo(ri);
        }

        if (left is double or float or decimal || right is double or float or decimal)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }

        return ToBigInteger(left).CompareTo(ToBigInteger(right));
    }

    /// <summary>Orders two values for sorting (numbers numerically, strings with the culture, others as text).</summary>
    public static int CompareForSort(TemplateContext context, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        if (left is string ls && right is string rs)
        {
            return context.CurrentCulture.CompareInfo.Compare(ls, rs, CompareOptions.None);
        }

        if (left is IComparable comparable && left.GetType() == right.GetType())
        {
            return comparable.CompareTo(right);
        }

        return string.CompareOrdinal(context.ObjectToString(left), context.ObjectToString(right));
    }

    public static string TypeName(object? value) => value switch
    {
        null => "null",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        bool => "bool",
        string => "string",
        ScriptArray => "array",
        ScriptObject => "object",
        IScriptFunction => "function",
        DateTime => "date",
        TimeSpan => "timespan",
        IEnumerable => "array",
        _ => value.GetType().Name,
    };

    public static string Format(TemplateContext context, object? value, bool nested) => Format(context, value, nested, 0);

    /// <summary>Prints a value; containers nested deeper than 32 (or containing themselves) print as <c>...</c>.</summary>
    private static string Format(TemplateContext context, object? value, bool nested, int depth)
    {
        if (depth > 32)
        {
            return "...";
        }

        switch (value)
        {
            case null:
                return nested ? "null" : string.Empty;
            case string s:
                return nested ? Quote(s) : s;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(context.CurrentCulture);
            case double d:
                return d.ToString(context.CurrentCulture);
            case float f:
                return f.ToString(context.CurrentCulture);
            case DateTime date:
                return DateFunctions.Format(context, date, DateFunctions.DefaultFormat);
            case ScriptObject scriptObject:
                return FormatPairs(context, scriptObject, depth);
            case LoopState:
            case IScriptFunction:
            case EmptyValue:
                return string.Empty;
            case IDictionary<string, object?> dictionary:
                return FormatPairs(context, dictionary, depth);
            case IEnumerable enumerable:
                return FormatList(context, enumerable, depth);
            case IFormattable formattable:
                return formattable.ToString(null, context.CurrentCulture);
            default:
                var members = Hosting.TypeAccessor.For(value.GetType(), context.MemberRenamer);
                return members.MemberNames.Count > 0 && !value.GetType().IsPrimitive && value.GetType().IsClass && value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == typeof(object)
                    ? FormatPairs(context, members.MemberNames.Select(n => new KeyValuePair<string, object?>(n, members.TryGet(value, n, out var v) ? v : null)), depth)
                    : value.ToString() ?? string.Empty;
        }
    }

    private static string FormatPairs(TemplateContext context, IEnumerable<KeyValuePair<string, object?>> pairs, int depth)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, item) in pairs)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(key).Append(": ").Append(Format(context, item, nested: true, depth + 1));
        }

        return builder.Append('}').ToString();
    }

    private static string FormatList(TemplateContext context, IEnumerable enumerable, int depth)
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var item in enumerable)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(Format(context, item, nested: true, depth + 1));
        }

        return builder.Append(']').ToString();
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
