namespace StaticChronicle.Cli;

/// <summary>The process exit codes scripts and CI rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Content problems: a bad seed, configuration or template.</summary>
    public const int ContentError = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;
}
