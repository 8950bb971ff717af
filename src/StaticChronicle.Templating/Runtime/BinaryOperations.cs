using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>What each binary operator does for each kind of operand (numbers, strings, arrays, null).</summary>
internal static class BinaryOperations
{
    public static object? Apply(TemplateContext context, BinaryExpression node, object? left, object? right)
    {
        var op = node.Operator;
        if (left is ScriptArray leftItems && right is ScriptArray rightItems && op is BinaryOperator.CompareEqual or BinaryOperator.CompareNotEqual
            or BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessEqual or BinaryOperator.GreaterEqual)
        {
            return CompareArrays(context, op, leftItems, rightItems);
        }

        switch (op)
        {
            case BinaryOperator.CompareEqual:
                return ScriptValues.Box(ScriptValues.AreEqual(left, right));
            case BinaryOperator.CompareNotEqual:
                return ScriptValues.Box(!ScriptValues.AreEqual(left, right));
            case BinaryOperator.Less:
            case BinaryOperator.Greater:
            case BinaryOperator.LessEqual:
            case BinaryOperator.GreaterEqual:
                return ScriptValues.Box(Compare(context, node, left, right));
            case BinaryOperator.RangeInclude:
            case BinaryOperator.RangeExclude:
                return Range(context, node, left, right);
            case BinaryOperator.ShiftLeft when left is ScriptArray list:
                list.Add(right);
                return list;
            case BinaryOperator.ShiftRight when right is ScriptArray list:
                list.Insert(0, left);
                return list;
        }

        if (left is ScriptArray || right is ScriptArray)
        {
            return ArrayOperation(context, node, left, right);
        }

        if (left is string || right is string)
        {
            return StringOperation(context, node, left, right);
        }

        return Arithmetic(context, op, left, right, node.OperatorSpan);
    }

    private static string StringOperation(TemplateContext context, BinaryExpression node, object? left, object? right)
    {
        switch (node.Operator)
        {
            case BinaryOperator.Add:
                return context.ObjectToString(left) + context.ObjectToString(right);
            case BinaryOperator.Multiply:
                var (text, count) = left is string s ? (s, right) : ((string)right!, left);
                if (!ScriptValues.IsInteger(count))
                {
                    throw new ScriptRuntimeException(node.Span, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                }

                var times = ScriptValues.ToInt(context, count, node.Span);
                var builder = new StringBuilder(text.Length * Math.Max(0, times));
                for (var i = 0; i < times; i++)
                {
                    builder.Append(text);
                }

                return builder.ToString();
            default:
                throw new ScriptRuntimeException(node.OperatorSpan, $"Operator `{node.OperatorText}` is not supported on string objects");
        }
    }

    private static object? ArrayOperation(TemplateContext context, BinaryExpression node, object? left, object? right)
    {
        var leftList = left as ScriptArray;
        var rightList = right as ScriptArray;
        switch (node.Operator)
        {
            case BinaryOperator.Add when leftList is not null && rightList is not null:
                var sum = new ScriptArray(leftList);
                sum.AddRange(rightList);
                return sum;
            case BinaryOperator.BinaryOr when leftList is not null && rightList is not null:
                var union = new ScriptArray(leftList);
                foreach (var item in rightList)
                {
                    if (!union.Any(existing => ScriptValues.AreEqual(existing, item)))
                    {
                        union.Add(item);
                    }
                }

                return union;
            case BinaryOperator.BinaryAnd when leftList is not null && rightList is not null:
                return new ScriptArray(leftList.Where(item => rightList.Any(other => ScriptValues.AreEqual(item, other))));
            case BinaryOperator.Multiply when leftList is not null && ScriptValues.IsInteger(right):
                var repeated = new ScriptArray();
                for (var i = ScriptValues.ToInt(context, right, node.Span); i > 0; i--)
                {
                    repeated.AddRange(leftList);
                }

                return repeated;
            case BinaryOperator.Divide when leftList is not null && ScriptValues.IsInteger(right):
                return new ScriptArray(leftList.Take(leftList.Count / Math.Max(1, ScriptValues.ToInt(context, right, node.Span))));
            case BinaryOperator.Modulus when leftList is not null && ScriptValues.IsInteger(right):
                var step = Math.Max(1, ScriptValues.ToInt(context, right, node.Span));
                return new ScriptArray(leftList.Where((_, index) => index % step == 0));
            default:
                if (left is string || right is string)
                {
                    return StringOperation(context, node, left, right);
                }

                throw new ScriptRuntimeException(node.OperatorSpan, $"Operator `{node.OperatorText}` is not supported on array objects");
        }
    }

    private static bool Compare(TemplateContext context, BinaryExpression node, object? left, object? right)
    {
        int order;
        if (left is null || right is null)
        {
            return false;
        }

        if (ScriptValues.IsNumber(left) && ScriptValues.IsNumber(right))
        {
            order = ScriptValues.CompareNumbers(left, right);
        }
        else if (left is string ls && right is string rs)
        {
            order = string.CompareOrdinal(ls, rs);
        }
        else if (left is IComparable comparable && left.GetType() == right.GetType())
        {
            order = comparable.CompareTo(right);
        }
        else
        {
            throw new ScriptRuntimeException(node.OperatorSpan, $"Operator `{node.OperatorText}` is not supported between `{ScriptValues.TypeName(left)}` and `{ScriptValues.TypeName(right)}`");
        }

        return node.Operator switch
        {
            BinaryOperator.Less => order < 0,
            BinaryOperator.Greater => order > 0,
            BinaryOperator.LessEqual => order <= 0,
            _ => order >= 0,
        };
    }

    /// <summary>Arrays of different lengths compare by length; of the same length, the operator must hold for every pair of items.</summary>
    private static bool CompareArrays(TemplateContext context, BinaryOperator op, ScriptArray left, ScriptArray right)
    {
        if (left.Count != right.Count || left.Count == 0)
        {
            return Holds(op, left.Count.CompareTo(right.Count));
        }

        for (var i = 0; i < left.Count; i++)
        {
            var holds = op switch
            {
                BinaryOperator.CompareEqual => ScriptValues.AreEqual(left[i], right[i]),
                BinaryOperator.CompareNotEqual => !ScriptValues.AreEqual(left[i], right[i]),
                _ => Holds(op, ScriptValues.CompareForSort(context, left[i], right[i])),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(BinaryOperator op, int order) => op switch
    {
        BinaryOperator.CompareEqual => order == 0,
        BinaryOperator.CompareNotEqual => order != 0,
        BinaryOperator.Less => order < 0,
        BinaryOperator.Greater => order > 0,
        BinaryOperator.LessEqual => order <= 0,
        _ => order >= 0,
    };

    private static ScriptRange Range(TemplateContext context, BinaryExpression node, object? left, object? right)
    {
        if (left is string || right is string || !ScriptValues.IsNumber(left) || !ScriptValues.IsNumber(right))
        {
            var kind = left is string || right is string ? "string" : ScriptValues.TypeName(ScriptValues.IsNumber(left) ? right : left);
            throw new ScriptRuntimeException(node.OperatorSpan, $"Operator `{node.OperatorText}` is not supported on {kind} objects");
        }

        var from = ScriptValues.ToLong(context, left, node.Span);
        var to = ScriptValues.ToLong(context, right, node.Span);
        if (node.Operator == BinaryOperator.RangeExclude)
        {
            to += from <= to ? -1 : 1;
            if (ScriptValues.CompareNumbers(left!, right!) == 0)
            {
                return new ScriptRange([]);
            }
        }

        var count = Math.Abs(to - from) + 1;
        if (context.LoopLimit > 0 && count > context.LoopLimit)
        {
            throw new ScriptRuntimeException(node.OperatorSpan, $"Range expression exceeds LoopLimit `{context.LoopLimit}`.");
        }

        var result = new List<object?>((int)count);
        var stepBy = from <= to ? 1 : -1;
        for (var value = from; ; value += stepBy)
        {
            result.Add(ScriptValues.Normalize(value));
            if (value == to)
            {
                break;
            }
        }

        return new ScriptRange(result);
    }

    public static object? Negate(TemplateContext context, object? value, SourceSpan span) => value switch
    {
        null => null,
        int i => i == int.MinValue ? -(long)i : ScriptValues.Box(-i),
        long l => l == long.MinValue ? -(BigInteger)l : -l,
        double d => -d,
        float f => -f,
        decimal m => -m,
        BigInteger big => ScriptValues.Normalize(-big),
        _ when ScriptValues.IsNumber(value) => Arithmetic(context, BinaryOperator.Subtract, 0, value, span),
        _ => throw new ScriptRuntimeException(span, $"Unexpected value `{context.ObjectToString(value)}` / Type `{ScriptValues.TypeName(value)}`. Cannot negate(-) a non-numeric value"),
    };

    public static object? Arithmetic(TemplateContext context, BinaryOperator op, object? left, object? right, SourceSpan span)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (op == BinaryOperator.Add && (left is string || right is string))
        {
            return context.ObjectToString(left) + context.ObjectToString(right);
        }

        if (!ScriptValues.IsNumber(left) || !ScriptValues.IsNumber(right))
        {
            if (left is bool lb && right is bool rb && op is BinaryOperator.BinaryAnd or BinaryOperator.BinaryOr)
            {
                return op == BinaryOperator.BinaryAnd ? lb & rb : lb | rb;
            }

            throw new ScriptRuntimeException(span, $"Operator `{OperatorText(op)}` is not supported between `{ScriptValues.TypeName(left)}` and `{ScriptValues.TypeName(right)}`");
        }

        if (left is float && right is float or int or long || right is float && left is int or long)
        {
            // float stays float (Scriban prints "124.4" for `"123.4" | string.to_float + 1`, not the double widening).
            var l = Convert.ToSingle(left, CultureInfo.InvariantCulture);
            var r = Convert.ToSingle(right, CultureInfo.InvariantCulture);
            return op switch
            {
                BinaryOperator.Add => l + r,
                BinaryOperator.Subtract => l - r,
                BinaryOperator.Multiply => l * r,
                BinaryOperator.Divide => l / r,
                BinaryOperator.DivideRound => MathF.Floor(l / r),
                BinaryOperator.Modulus => l % r,
                _ => throw Unsupported(op, left, right, span),
            };
        }

        if (left is double or float || right is double or float)
        {
            var l = Convert.ToDouble(left, CultureInfo.InvariantCulture);
            var r = Convert.ToDouble(right, CultureInfo.InvariantCulture);
            object result = op switch
            {
                BinaryOperator.Add => l + r,
                BinaryOperator.Subtract => l - r,
                BinaryOperator.Multiply => l * r,
                BinaryOperator.Divide => l / r,
                BinaryOperator.DivideRound => Math.Floor(l / r),
                BinaryOperator.Modulus => l % r,
                _ => throw Unsupported(op, left, right, span),
            };
            return result;
        }

        if (left is decimal || right is decimal)
        {
            var l = Convert.ToDecimal(left, CultureInfo.InvariantCulture);
            var r = Convert.ToDecimal(right, CultureInfo.InvariantCulture);
            return op switch
            {
                BinaryOperator.Add => l + r,
                BinaryOperator.Subtract => l - r,
                BinaryOperator.Multiply => l * r,
                BinaryOperator.Divide => l / r,
                BinaryOperator.DivideRound => Math.Floor(l / r),
                BinaryOperator.Modulus => l % r,
                _ => throw Unsupported(op, left, right, span),
            };
        }

        if (op == BinaryOperator.Divide)
        {
            var divisor = Convert.ToDouble(right, CultureInfo.InvariantCulture);
            return Convert.ToDouble(left, CultureInfo.InvariantCulture) / divisor;
        }

        if (left is int or long && right is int or long)
        {
            var l = Convert.ToInt64(left, CultureInfo.InvariantCulture);
            var r = Convert.ToInt64(right, CultureInfo.InvariantCulture);
            try
            {
                return op switch
                {
                    BinaryOperator.Add => ScriptValues.Normalize(checked(l + r)),
                    BinaryOperator.Subtract => ScriptValues.Normalize(checked(l - r)),
                    BinaryOperator.Multiply => ScriptValues.Normalize(checked(l * r)),
                    BinaryOperator.DivideRound => r == 0 ? throw DivideByZero(span) : ScriptValues.Normalize(FloorDivide(l, r)),
                    BinaryOperator.Modulus => r == 0 ? throw DivideByZero(span) : ScriptValues.Normalize(l % r),
                    BinaryOperator.ShiftLeft => ScriptValues.Normalize(l << (int)r),
                    BinaryOperator.ShiftRight => ScriptValues.Normalize(l >> (int)r),
                    BinaryOperator.BinaryAnd => ScriptValues.Normalize(l & r),
                    BinaryOperator.BinaryOr => ScriptValues.Normalize(l | r),
                    _ => throw Unsupported(op, left, right, span),
                };
            }
            catch (OverflowException)
            {
                // Falls through to big-integer arithmetic below.
            }
        }

        var bl = ScriptValues.ToBigInteger(left);
        var br = ScriptValues.ToBigInteger(right);
        return op switch
        {
            BinaryOperator.Add => ScriptValues.Normalize(bl + br),
            BinaryOperator.Subtract => ScriptValues.Normalize(bl - br),
            BinaryOperator.Multiply => ScriptValues.Normalize(bl * br),
            BinaryOperator.DivideRound => br.IsZero ? throw DivideByZero(span) : ScriptValues.Normalize(BigInteger.Divide(bl, br)),
            BinaryOperator.Modulus => br.IsZero ? throw DivideByZero(span) : ScriptValues.Normalize(BigInteger.Remainder(bl, br)),
            BinaryOperator.ShiftLeft => ScriptValues.Normalize(bl << (int)br),
            BinaryOperator.ShiftRight => ScriptValues.Normalize(bl >> (int)br),
            BinaryOperator.BinaryAnd => ScriptValues.Normalize(bl & br),
            BinaryOperator.BinaryOr => ScriptValues.Normalize(bl | br),
            _ => throw Unsupported(op, left, right, span),
        };
    }

    private static long FloorDivide(long l, long r)
    {
        var quotient = l / r;
        return (l % r != 0 && (l < 0) != (r < 0)) ? quotient - 1 : quotient;
    }

    private static ScriptRuntimeException DivideByZero(SourceSpan span) => new(span, "Cannot divide by zero");

    private static ScriptRuntimeException Unsupported(BinaryOperator op, object left, object right, SourceSpan span) =>
        new(span, $"Operator `{OperatorText(op)}` is not supported between `{ScriptValues.TypeName(left)}` and `{ScriptValues.TypeName(right)}`");

    public static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.DivideRound => "//",
        BinaryOperator.Modulus => "%",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.BinaryAnd => "&",
        BinaryOperator.BinaryOr => "|",
        _ => op.ToString(),
    };

    internal static bool IsEnumerable(object? value) => value is IEnumerable and not string;
}
