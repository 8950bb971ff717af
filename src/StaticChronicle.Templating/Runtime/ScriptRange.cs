using System.Collections;

namespace StaticChronicle.Templating.Runtime;

/// <summary>The value of <c>a..b</c> and <c>a..&lt;b</c>: a list of integers that knows it is a range.</summary>
internal sealed class ScriptRange(IReadOnlyList<object?> items) : IReadOnlyList<object?>, ICollection
{
    public int Count => items.Count;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public object? this[int index] => items[index];

    public void CopyTo(Array array, int index)
    {
        foreach (var item in items)
        {
            array.SetValue(item, index++);
        }
    }

    public IEnumerator<object?> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
