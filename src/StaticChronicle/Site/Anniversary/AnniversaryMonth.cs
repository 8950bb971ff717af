namespace StaticChronicle.Site.Anniversary;

/// <summary>One month of the anniversary year: its articles and milestones in date order (a milestone first on its day).</summary>
public sealed record AnniversaryMonth(int Month, string Name, string Anchor, IReadOnlyList<AnniversaryItem> Items)
{
    /// <summary>True on a page whose month began on the page before.</summary>
    public bool Continued { get; init; }
}
