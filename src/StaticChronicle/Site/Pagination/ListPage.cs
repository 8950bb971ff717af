namespace StaticChronicle.Site.Pagination;

/// <summary>One page of a paginated list: the items it shows and the pager that links it to the others.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, Pager Pager);
