using System.Collections;
using System.Diagnostics.CodeAnalysis;
using StaticChronicle.Templating.Hosting;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A template object: named members in insertion order, some of them read-only.</summary>
[SuppressMessage("Naming", "CA1710", Justification = "Mirrors Scriban's public name so the real package can replace this engine.")]
public class ScriptObject : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _members;
    private HashSet<string>? _readOnly;

    public ScriptObject()
        : this(0)
    {
    }

    public ScriptObject(int capacity) => _members = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);

    public int Count => _members.Count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys => _members.Keys;

    public ICollection<object?> Values => _members.Values;

    public object? this[string key]
    {
        get => _members.TryGetValue(key, out var value) ? value : null;
        set => _members[key] = value;
    }

    /// <summary>Sets a member, optionally making it read-only for templates.</summary>
    public void SetValue(string member, object? value, bool readOnly)
    {
        _members[member] = value;
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(member);
        }
        else
        {
            _readOnly?.Remove(member);
        }
    }

    public bool IsReadOnlyMember(string member) => _readOnly is not null && _readOnly.Contains(member);

    public void SetReadOnly(string member, bool readOnly)
    {
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(member);
        }
        else
        {
            _readOnly?.Remove(member);
        }
    }

    /// <summary>Copies the public properties and fields of a .NET object (or the members of a dictionary) in, renamed to snake_case.</summary>
    public void Import(object source)
    {
        ArgumentNullException.ThrowIfNull(source);
        switch (source)
        {
            case ScriptObject other:
                foreach (var pair in other)
                {
                    this[pair.Key] = pair.Value;
                }

                break;
            case IDictionary<string, object?> dictionary:
                foreach (var pair in dictionary)
                {
                    this[pair.Key] = pair.Value;
                }

                break;
            default:
                var accessor = TypeAccessor.For(source.GetType(), StandardMemberRenamer.Default);
                foreach (var name in accessor.MemberNames)
                {
                    accessor.TryGet(source, name, out var value);
                    this[name] = value;
                }

                break;
        }
    }

    /// <summary>Makes a .NET delegate callable from templates under <paramref name="name"/>.</summary>
    public void Import(string name, Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        this[name] = new MethodFunction(name, function.Method, function.Target);
    }

    internal bool TrySetValue(string member, object? value)
    {
        if (IsReadOnlyMember(member))
        {
            return false;
        }

        _members[member] = value;
        return true;
    }

    internal void ImportFrom(ScriptObject other)
    {
        foreach (var pair in other)
        {
            if (!IsReadOnlyMember(pair.Key))
            {
                _members[pair.Key] = pair.Value;
            }
        }
    }

    public void Add(string key, object? value) => _members.Add(key, value);

    public bool ContainsKey(string key) => _members.ContainsKey(key);

    public bool Remove(string key)
    {
        _readOnly?.Remove(key);
        return _members.Remove(key);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _members.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => _members.Add(item.Key, item.Value);

    public void Clear()
    {
        _members.Clear();
        _readOnly = null;
    }

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_members).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_members).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => Remove(item.Key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
