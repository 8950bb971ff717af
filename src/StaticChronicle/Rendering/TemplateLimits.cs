namespace StaticChronicle.Rendering;

/// <summary>
/// What one page render may use. Scriban's own defaults are made for short snippets (1,000 loop iterations,
/// strings and output silently cut at 1 MiB with "..."), too small for the timeline of a large site and silent
/// where a build must fail loudly; these are set for whole pages, and each ends in a positioned error.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>The limits a build uses.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>
    /// Loop iterations per page, counted together over nested loops and builtins that iterate (Scriban's
    /// <c>LoopLimit</c>; its default is 1,000). A timeline of 10,000 articles on one page renders inside it
    /// (tested); a runaway loop reaches it in about a second.
    /// </summary>
    public int LoopIterations { get; init; } = 10_000_000;

    /// <summary>Nested calls and includes (Scriban's <c>RecursiveLimit</c>, kept at its default).</summary>
    public int Recursion { get; init; } = 100;

    /// <summary>Characters one render may write, which makes the page limit (Scriban's <c>OutputLimit</c>): 16 MiB.</summary>
    public int PageCharacters { get; init; } = 16 << 20;

    /// <summary>
    /// Characters of one string a template builds (Scriban's <c>LimitToString</c>): as large as a page, since a
    /// longer string could never be written; reaching it is an error, never a silent cut.
    /// </summary>
    public int StringCharacters { get; init; } = 16 << 20;

    /// <summary>Time one regular expression call may take (Scriban's <c>RegexTimeOut</c>; its default is 10 s).</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Wall time one render may take, the backstop for work no counter sees (ten million iterations of an
    /// expensive expression). Generous on purpose: the largest page of a 10,000-article site renders in well
    /// under a second, but a shared CI machine can be many times slower, and a page must never fail for that.
    /// </summary>
    public TimeSpan RenderTime { get; init; } = TimeSpan.FromSeconds(60);
}
