namespace StaticChronicle.Templating.Runtime;

/// <summary>The builtin <c>empty</c> / <c>blank</c>: equal to null, "", and any empty array or object.</summary>
internal sealed class EmptyValue
{
    public static readonly EmptyValue Instance = new();

    private EmptyValue()
    {
    }

    public override string ToString() => string.Empty;
}
