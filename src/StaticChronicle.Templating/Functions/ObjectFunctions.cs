using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>object</c> builtins.</summary>
internal static class ObjectFunctions
{
    public static object? Default(object? value, object? @default) =>
        value is null || (value is string text && text.Length == 0) ? @default : value;

    public static object? Eval(TemplateContext context, SourceSpan span, string? text)
    {
        var template = Template.Parse("{{" + (text ?? string.Empty) + "}}", span.FileName);
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(span, "Unable to evaluate the expression: " + template.Messages[0].Message);
        }

        var statements = template.Page.Statements;
        if (statements.Count == 1 && statements[0] is ExpressionStatement { Expression: not AssignExpression } statement)
        {
            return context.Evaluate(statement.Expression);
        }

        return context.Include(template, new CallSite(span, "object.eval"), new ScriptArray());
    }

    public static string EvalTemplate(TemplateContext context, SourceSpan span, string? text)
    {
        var template = Template.Parse(text ?? string.Empty, span.FileName);
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(span, "Unable to evaluate the template: " + template.Messages[0].Message);
        }

        return context.Include(template, new CallSite(span, "object.eval_template"), new ScriptArray());
    }

    public static string Format(TemplateContext context, object? value, string? format, string? culture = null)
    {
        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return value is IFormattable formattable ? formattable.ToString(format, provider) : context.ObjectToString(value);
    }

    public static object? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    public static bool HasKey(TemplateContext context, object? value, string? key) =>
        value is not null && key is not null && ObjectAccessor.MemberNames(context, value).Contains(key);

    public static bool HasValue(TemplateContext context, object? value, string? key) =>
        value is not null && key is not null && ObjectAccessor.GetMember(context, value, key, out var member) && member is not null;

    public static ScriptArray Keys(TemplateContext context, object? value) =>
        value is null ? [] : new ScriptArray(ObjectAccessor.MemberNames(context, value).Cast<object?>());

    public static string? Kind(object? value) => value switch
    {
        null => null,
        ScriptRange => "range",
        ScriptArray => "array",
        ScriptObject => "object",
        _ => ScriptValues.TypeName(value),
    };

    public static int Size(TemplateContext context, object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        ScriptObject scriptObject => scriptObject.Count,
        ICollection collection => collection.Count,
        IEnumerable enumerable => enumerable.Cast<object?>().Count(),
        _ => ObjectAccessor.MemberNames(context, value).Count(),
    };

    public static string ToJson(TemplateContext context, object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(context, writer, value, 0);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string? Typeof(object? value) => value switch
    {
        null => null,
        bool => "boolean",
        string => "string",
        ScriptRange => "iterator",
        _ when ScriptValues.IsNumber(value) => "number",
        IScriptFunction => "function",
        ScriptArray or IList => "array",
        IEnumerable and not IDictionary and not ScriptObject => "iterator",
        _ => "object",
    };

    public static ScriptArray Values(TemplateContext context, object? value)
    {
        if (value is null)
        {
            return [];
        }

        var result = new ScriptArray();
        foreach (var name in ObjectAccessor.MemberNames(context, value))
        {
            result.Add(ObjectAccessor.GetMember(context, value, name, out var member) ? member : null);
        }

        return result;
    }

    private static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var scriptObject = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    scriptObject[property.Name] = FromElement(property.Value);
                }

                return scriptObject;
            case JsonValueKind.Array:
                return new ScriptArray(element.EnumerateArray().Select(FromElement).ToList());
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static void Write(TemplateContext context, Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > 64)
        {
            writer.WriteNullValue();
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or uint or ulong or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                writer.WriteStringValue(date);
                break;
            case ScriptObject or IDictionary<string, object?> or IDictionary:
                writer.WriteStartObject();
                foreach (var name in ObjectAccessor.MemberNames(context, value))
                {
                    writer.WritePropertyName(name);
                    Write(context, writer, ObjectAccessor.GetMember(context, value, name, out var member) ? member : null, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    Write(context, writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var name in ObjectAccessor.MemberNames(context, value))
                {
                    writer.WritePropertyName(name);
                    Write(context, writer, ObjectAccessor.GetMember(context, value, name, out var member) ? member : null, depth + 1);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
