using System.Collections;
using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Reads and writes members and items of any value: script objects and arrays, dictionaries, lists and .NET objects.</summary>
internal static class ObjectAccessor
{
    public static bool GetMember(TemplateContext context, object target, string name, out object? value)
    {
        switch (target)
        {
            case ScriptObject scriptObject:
                if (scriptObject.TryGetValue(name, out value))
                {
                    return true;
                }

                if (name == "empty?")
                {
                    value = scriptObject.Count == 0;
                    return true;
                }

                return false;
            case LoopState loop:
                value = loop.Get(name);
                return value is not null;
            case ScriptArray array:
                switch (name)
                {
                    case "size":
                        value = ScriptValues.Box(array.Count);
                        return true;
                    case "empty?":
                        value = array.Count == 0;
                        return true;
                }

                value = null;
                return array.HasProperties && array.Properties.TryGetValue(name, out value);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value) || EmptyMember(dictionary.Count, name, out value);
            case IDictionary dictionary:
                if (dictionary.Contains(name))
                {
                    value = dictionary[name];
                    return true;
                }

                return EmptyMember(dictionary.Count, name, out value);
            case string text:
                value = name == "size" ? ScriptValues.Box(text.Length) : null;
                return value is not null;
            case ICollection collection when name is "size" or "empty?":
                value = name == "size" ? ScriptValues.Box(collection.Count) : collection.Count == 0;
                return true;
            case IEnumerable enumerable and not IDictionary when name is "size" or "empty?":
                var count = enumerable.Cast<object?>().Count();
                value = name == "size" ? ScriptValues.Box(count) : count == 0;
                return true;
            case EmptyValue:
                value = EmptyValue.Instance;
                return true;
            default:
                if (target.GetType().IsPrimitive)
                {
                    value = null;
                    return false;
                }

                return TypeAccessor.For(target.GetType(), context.MemberRenamer).TryGet(target, name, out value);
        }
    }

    /// <summary>True when <see cref="GetMember"/> reads <paramref name="target"/>'s <paramref name="name"/> through its .NET members;
    /// which branch applies depends only on the type and the name, so a call site may cache the getter per type.</summary>
    public static bool IsHostMember(object target, string name) => target switch
    {
        ScriptObject or LoopState or ScriptArray or IDictionary<string, object?> or IDictionary or string or EmptyValue => false,
        ICollection or IEnumerable when name is "size" or "empty?" => false,
        _ => !target.GetType().IsPrimitive,
    };

    private static bool EmptyMember(int count, string name, out object? value)
    {
        value = name == "empty?" ? count == 0 : name == "size" ? ScriptValues.Box(count) : null;
        return value is not null;
    }

    public static bool SetMember(TemplateContext context, object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject scriptObject:
                return scriptObject.TrySetValue(name, value);
            case ScriptArray array:
                return array.Properties.TrySetValue(name, value);
            case IDictionary<string, object?> dictionary:
                dictionary[name] = value;
                return true;
            case IDictionary dictionary:
                dictionary[name] = value;
                return true;
            default:
                return TypeAccessor.For(target.GetType(), context.MemberRenamer).TrySet(target, name, value);
        }
    }

    public static object? GetIndex(TemplateContext context, object target, object key, IndexerExpression node)
    {
        switch (target)
        {
            case ScriptArray array when ScriptValues.IsNumber(key):
                var index = ScriptValues.ToInt(context, key, node.Span);
                return array[index < 0 ? array.Count + index : index];
            case IList list when ScriptValues.IsNumber(key):
                var listIndex = ScriptValues.ToInt(context, key, node.Span);
                listIndex = listIndex < 0 ? list.Count + listIndex : listIndex;
                return listIndex >= 0 && listIndex < list.Count ? list[listIndex] : null;
            case string text when ScriptValues.IsNumber(key):
                var charIndex = ScriptValues.ToInt(context, key, node.Span);
                charIndex = charIndex < 0 ? text.Length + charIndex : charIndex;
                return charIndex >= 0 && charIndex < text.Length ? text[charIndex].ToString() : null;
            case string:
                return null;
            case IEnumerable enumerable and not IDictionary and not ScriptObject and not IDictionary<string, object?> when ScriptValues.IsNumber(key):
                var position = ScriptValues.ToInt(context, key, node.Span);
                var items = enumerable.Cast<object?>().ToList();
                position = position < 0 ? items.Count + position : position;
                return position >= 0 && position < items.Count ? items[position] : null;
            default:
                if (target.GetType().IsPrimitive || target is decimal)
                {
                    throw new ScriptRuntimeException(node.Span, $"Cannot use the {ScriptValues.TypeName(target)} primitive `{context.ObjectToString(target)}` as a list.");
                }

                return GetMember(context, target, context.ObjectToString(key), out var value) ? value : null;
        }
    }

    public static bool SetIndex(TemplateContext context, object target, object key, object? value, IndexerExpression node)
    {
        switch (target)
        {
            case ScriptArray array when ScriptValues.IsNumber(key):
                var index = ScriptValues.ToInt(context, key, node.Span);
                index = index < 0 ? array.Count + index : index;
                if (index < 0)
                {
                    throw new ScriptRuntimeException(node.Span, $"Index out of bounds in {node}");
                }

                array[index] = value;
                return true;
            case IList list when ScriptValues.IsNumber(key):
                var listIndex = ScriptValues.ToInt(context, key, node.Span);
                listIndex = listIndex < 0 ? list.Count + listIndex : listIndex;
                if (listIndex < 0 || listIndex >= list.Count)
                {
                    throw new ScriptRuntimeException(node.Span, $"Index out of bounds in {node}");
                }

                list[listIndex] = value;
                return true;
            default:
                if (target.GetType().IsPrimitive || target is string)
                {
                    throw new ScriptRuntimeException(node.Span, $"Cannot use the {ScriptValues.TypeName(target)} primitive `{context.ObjectToString(target)}` as a list.");
                }

                return SetMember(context, target, context.ObjectToString(key), value);
        }
    }

    /// <summary>The member names of an object, for iteration and <c>object.keys</c>.</summary>
    public static IEnumerable<string> MemberNames(TemplateContext context, object target) => target switch
    {
        ScriptObject scriptObject => scriptObject.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary dictionary => dictionary.Keys.Cast<object>().Select(k => context.ObjectToString(k)),
        _ => TypeAccessor.For(target.GetType(), context.MemberRenamer).MemberNames,
    };
}
