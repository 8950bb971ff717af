using System.Collections;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>array</c> builtins; they return new arrays and treat a null list as empty.</summary>
internal static class ArrayFunctions
{
    public static ScriptArray Add(IEnumerable? list, object? value)
    {
        var result = Copy(list);
        result.Add(value);
        return result;
    }

    public static ScriptArray AddRange(IEnumerable? list, IEnumerable? values)
    {
        var result = Copy(list);
        if (values is not null)
        {
            result.AddRange(values.Cast<object?>());
        }

        return result;
    }

    public static bool Any(TemplateContext context, SourceSpan span, IEnumerable? list, object? function, params object?[] arguments)
    {
        foreach (var item in Items(list))
        {
            if (ScriptValues.ToBool(BuiltinFunctions.CallBack(context, span, function, [item, .. arguments])))
            {
                return true;
            }
        }

        return false;
    }

    public static ScriptArray? Compact(IEnumerable? list) => list is null ? null : new(Items(list).Where(item => item is not null));

    public static ScriptArray? Concat(IEnumerable? list, IEnumerable? values)
    {
        if (list is null && values is null)
        {
            return null;
        }

        var result = Copy(list);
        result.AddRange(Items(values));
        return result;
    }

    public static bool Contains(IEnumerable? list, object? item) => Items(list).Any(existing => ScriptValues.AreEqual(existing, item));

    public static object? Cycle(TemplateContext context, SourceSpan span, IEnumerable list, object? group = null)
    {
        var items = Items(list).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var key = group is null ? ScriptValues.Format(context, new ScriptArray(items), nested: false) : context.ObjectToString(group);
        var counters = context.CycleCounters;
        counters.TryGetValue(key, out var index);
        counters[key] = index + 1;
        _ = span;
        return items[index % items.Count];
    }

    public static ScriptArray Each(TemplateContext context, SourceSpan span, IEnumerable? list, object? function) =>
        new(Items(list).Select(item => BuiltinFunctions.CallBack(context, span, function, item)).ToList());

    public static ScriptArray Filter(TemplateContext context, SourceSpan span, IEnumerable? list, object? function) =>
        new(Items(list).Where(item => ScriptValues.ToBool(BuiltinFunctions.CallBack(context, span, function, item))).ToList());

    public static object? First(IEnumerable? list) => Items(list).FirstOrDefault();

    public static ScriptArray InsertAt(IEnumerable? list, int index, object? value)
    {
        var result = Copy(list);
        index = Math.Max(0, index);
        while (result.Count < index)
        {
            result.Add(null);
        }

        result.Insert(index, value);
        return result;
    }

    public static string Join(TemplateContext context, SourceSpan span, IEnumerable? list, string? delimiter, object? function = null) =>
        string.Join(delimiter ?? string.Empty, Items(list).Select(item => context.ObjectToString(function is null ? item : BuiltinFunctions.CallBack(context, span, function, item))));

    public static object? Last(IEnumerable? list) => Items(list).LastOrDefault();

    public static ScriptArray Limit(IEnumerable? list, int count) => new(Items(list).Take(Math.Max(0, count)));

    public static ScriptArray Map(TemplateContext context, IEnumerable? list, string member) =>
        new(Items(list).Select(item => item is null ? null : ObjectAccessor.GetMember(context, item, member, out var value) ? value : null).ToList());

    public static ScriptArray Offset(IEnumerable? list, int count) => new(Items(list).Skip(Math.Max(0, count)));

    public static ScriptArray RemoveAt(IEnumerable? list, int index)
    {
        var result = Copy(list);
        if (index < 0)
        {
            index += result.Count;
        }

        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }

        return result;
    }

    public static ScriptArray Reverse(IEnumerable? list)
    {
        var result = Copy(list);
        var items = result.ToList();
        items.Reverse();
        return new ScriptArray(items);
    }

    public static int Size(IEnumerable? list) => list switch
    {
        null => 0,
        ICollection collection => collection.Count,
        _ => Items(list).Count(),
    };

    public static ScriptArray Sort(TemplateContext context, IEnumerable? list, string? member = null)
    {
        var items = Items(list).ToList();
        object? Key(object? item) => member is null || item is null ? item : ObjectAccessor.GetMember(context, item, member, out var value) ? value : null;
        var sorted = items.Select((item, index) => (item, index, key: Key(item)))
            .OrderBy(entry => entry, Comparer<(object? Item, int Index, object? Key)>.Create((a, b) =>
            {
                var order = ScriptValues.CompareForSort(context, a.Key, b.Key);
                return order != 0 ? order : a.Index.CompareTo(b.Index);
            }))
            .Select(entry => entry.item);
        return new ScriptArray(sorted.ToList());
    }

    public static ScriptArray? Uniq(IEnumerable? list)
    {
        if (list is null)
        {
            return null;
        }

        var result = new ScriptArray();
        foreach (var item in Items(list))
        {
            if (!result.Any(existing => ScriptValues.AreEqual(existing, item)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static ScriptArray Copy(IEnumerable? list) => new(Items(list));

    private static IEnumerable<object?> Items(IEnumerable? list) => list switch
    {
        null => [],
        string text => [text],
        _ => list.Cast<object?>(),
    };
}
