namespace StaticChronicle.Site.Pagination;

/// <summary>One numbered link of a pager, or a gap (<c>…</c>) where pages are left out.</summary>
/// <param name="Number">The page number; 0 for a gap.</param>
/// <param name="Url">Base-path-absolute link to the page; empty for a gap.</param>
/// <param name="IsCurrent">True for the page being shown (printed with <c>aria-current="page"</c>, not as a link).</param>
public sealed record PagerLink(int Number, string Url, bool IsCurrent, bool IsGap)
{
    public static PagerLink Gap { get; } = new(0, "", IsCurrent: false, IsGap: true);
}
