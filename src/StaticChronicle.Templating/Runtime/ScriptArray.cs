using System.Collections;

namespace StaticChronicle.Templating.Runtime;

/// <summary>A template array; it may also carry named properties (<c>x.a = 1</c>, and <c>$.name</c> for named arguments).</summary>
public class ScriptArray : IList<object?>, IList
{
    private readonly List<object?> _items;
    private ScriptObject? _properties;

    public ScriptArray()
        : this(0)
    {
    }

    public ScriptArray(int capacity) => _items = new List<object?>(capacity);

    public ScriptArray(IEnumerable<object?> items) => _items = [.. items];

    public int Count => _items.Count;

    public bool IsReadOnly => false;

    bool IList.IsFixedSize => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    /// <summary>Named properties set on the array itself.</summary>
    public ScriptObject Properties => _properties ??= new ScriptObject();

    internal bool HasProperties => _properties is { Count: > 0 };

    public object? this[int index]
    {
        get => index >= 0 && index < _items.Count ? _items[index] : null;
        set
        {
            while (_items.Count <= index)
            {
                _items.Add(null);
            }

            _items[index] = value;
        }
    }

    public void Add(object? item) => _items.Add(item);

    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);

    public void Clear() => _items.Clear();

    public bool Contains(object? item) => _items.Contains(item);

    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public int IndexOf(object? item) => _items.IndexOf(item);

    public void Insert(int index, object? item) => _items.Insert(index, item);

    public bool Remove(object? item) => _items.Remove(item);

    public void RemoveAt(int index) => _items.RemoveAt(index);

    public IEnumerator<object?> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int IList.Add(object? value)
    {
        _items.Add(value);
        return _items.Count - 1;
    }

    void IList.Remove(object? value) => _items.Remove(value);

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);
}
