using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Hosting;

/// <summary>Compiled getters for the public properties and fields of one .NET type, by template name; built once per type.</summary>
internal sealed class TypeAccessor
{
    private static readonly ConcurrentDictionary<(Type, MemberRenamer), TypeAccessor> Cache = new();
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<object, object?>> _setters = new(StringComparer.Ordinal);

    private TypeAccessor(Type type, MemberRenamer renamer)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var typed = type.IsValueType ? (Expression)Expression.Unbox(target, type) : Expression.Convert(target, type);
        foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance))
        {
            Type memberType;
            if (member is PropertyInfo property && property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                memberType = property.PropertyType;
            }
            else if (member is FieldInfo field)
            {
                memberType = field.FieldType;
            }
            else
            {
                continue;
            }

            var name = renamer(member);
            if (string.IsNullOrEmpty(name) || _getters.ContainsKey(name))
            {
                continue;
            }

            var access = Expression.MakeMemberAccess(typed, member);
            _getters[name] = Expression.Lambda<Func<object, object?>>(Boxed(access), target).Compile();
            if (!type.IsValueType && (member is FieldInfo { IsInitOnly: false } || member is PropertyInfo { CanWrite: true, SetMethod.IsPublic: true }))
            {
                var assign = Expression.Assign(Expression.MakeMemberAccess(Expression.Convert(target, type), member), Expression.Convert(value, memberType));
                _setters[name] = Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
            }
        }

        MemberNames = [.. _getters.Keys];
    }

    public IReadOnlyList<string> MemberNames { get; }

    /// <summary>The getter for <paramref name="name"/>, or null when the type has no such member.</summary>
    public Func<object, object?>? GetterOf(string name) => _getters.GetValueOrDefault(name);

    /// <summary>Flags and counts are read on every page many times over: hand out shared boxes instead of a new one per read.</summary>
    private static Expression Boxed(Expression value)
    {
        if (value.Type == typeof(bool))
        {
            return Expression.Condition(value, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)));
        }

        return value.Type == typeof(int)
            ? Expression.Call(typeof(ScriptValues).GetMethod(nameof(ScriptValues.Box), [typeof(int)])!, value)
            : Expression.Convert(value, typeof(object));
    }

    public static TypeAccessor For(Type type, MemberRenamer renamer) => Cache.GetOrAdd((type, renamer), key => new TypeAccessor(key.Item1, key.Item2));

    public bool TryGet(object target, string name, out object? value)
    {
        if (_getters.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySet(object target, string name, object? value)
    {
        if (!_setters.TryGetValue(name, out var setter))
        {
            return false;
        }

        try
        {
            setter(target, value);
            return true;
        }
        catch (InvalidCastException)
        {
            return false;
        }
    }
}
