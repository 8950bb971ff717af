namespace StaticChronicle.Templating.Parsing;

/// <summary>Stops a parse whose nesting passed the limit (the error is already reported).</summary>
internal sealed class NestingTooDeepException : Exception
{
    public NestingTooDeepException()
        : base("The template nests too deeply.")
    {
    }

    public NestingTooDeepException(string message)
        : base(message)
    {
    }

    public NestingTooDeepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
