namespace StaticChronicle.Config;

/// <summary>The anniversary the overview page is about: relations established on a date, celebrated N years on.</summary>
public sealed record AnniversarySettings(DateOnly RelationsEstablished, int Year, int Number, string Title)
{
    public static AnniversarySettings Default { get; } =
        new(new DateOnly(1973, 9, 21), 2023, 50, "50 years of diplomatic relations");

    /// <summary>
    /// The two countries whose relations the chronicle follows, as the page names them ("Vietnam", "Japan");
    /// empty when the configuration does not say, and the page then speaks of "diplomatic relations" alone.
    /// </summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
}
