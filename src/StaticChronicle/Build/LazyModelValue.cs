namespace StaticChronicle.Build;

/// <summary>
/// A page-model value computed only when the page is rendered (an article's body HTML), so an incremental build
/// that skips the page never pays for it. <see cref="Inputs"/> must determine the value completely: the cache
/// fingerprints the inputs in its place.
/// </summary>
public sealed class LazyModelValue
{
    private readonly Lazy<object?> _value;

    public LazyModelValue(object? inputs, Func<object?> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        Inputs = inputs;
        _value = new Lazy<object?>(produce, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Everything the value is computed from.</summary>
    public object? Inputs { get; }

    public object? Value => _value.Value;
}
