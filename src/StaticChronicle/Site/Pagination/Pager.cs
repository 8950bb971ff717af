namespace StaticChronicle.Site.Pagination;

/// <summary>
/// Where a page stands in its list (<c>pager</c> in templates, read by <c>partials/pagination.sbn-html</c>): its number,
/// the links to the first, previous, next and last pages, and the numbered links with gaps for a long series.
/// </summary>
public sealed record Pager
{
    /// <summary>This page's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>How many pages the list has (at least 1).</summary>
    public required int Total { get; init; }

    /// <summary>Site-relative path of this page ("topics/oda/" for page 1, "topics/oda/page/2/" after).</summary>
    public required string Path { get; init; }

    /// <summary>Base-path-absolute link to this page.</summary>
    public required string Url { get; init; }
    public required string FirstUrl { get; init; }
    public required string LastUrl { get; init; }

    /// <summary>Link to the previous page; null on the first.</summary>
    public string? PrevUrl { get; init; }

    /// <summary>Link to the next page; null on the last.</summary>
    public string? NextUrl { get; init; }

    /// <summary>Site-relative path of the previous page, for <c>rel="prev"</c>; null on the first.</summary>
    public string? PrevPath { get; init; }

    /// <summary>Site-relative path of the next page, for <c>rel="next"</c>; null on the last.</summary>
    public string? NextPath { get; init; }

    /// <summary>How many items the whole list holds.</summary>
    public int ItemCount { get; init; }

    /// <summary>1-based position of this page's first item in the whole list (0 for an empty list).</summary>
    public int FirstItem { get; init; }

    /// <summary>1-based position of this page's last item in the whole list (0 for an empty list).</summary>
    public int LastItem { get; init; }

    /// <summary>The numbered links, gaps included; empty never (page 1 of 1 has one link, itself).</summary>
    public IReadOnlyList<PagerLink> Links { get; init; } = [];

    public bool IsFirst => Number == 1;
    public bool IsLast => Number == Total;

    /// <summary>True when the list has more than one page, i.e. when a pagination nav is worth printing.</summary>
    public bool IsPaginated => Total > 1;
}
