namespace StaticChronicle.Site.Pagination;

/// <summary>
/// Splits a list into pages with Hugo's addresses: page 1 keeps the list's own path (<c>topics/oda/</c>), later
/// pages add <c>page/N/</c> (<c>topics/oda/page/2/</c>). Pure: the same list and size always give the same pages.
/// </summary>
public static class Paginator
{
    /// <summary>How many numbered links a pager shows at most on each side of the current page.</summary>
    public const int NeighbourLinks = 2;

    /// <summary>
    /// The pages of <paramref name="items"/>, <paramref name="pageSize"/> each (the last one may hold fewer). An empty
    /// list still gives one page, so the list's address exists and can say that it is empty; no other page is empty.
    /// </summary>
    /// <param name="path">Site-relative path of the list's first page, ending in '/' ("topics/oda/").</param>
    public static IReadOnlyList<ListPage<T>> Split<T>(IReadOnlyList<T> items, int pageSize, string path, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (path.Length > 0 && !path.EndsWith('/'))
        {
            throw new ArgumentException($"A list's path ends in '/': '{path}'.", nameof(path));
        }

        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var pages = new ListPage<T>[total];
        for (var number = 1; number <= total; number++)
        {
            var start = (number - 1) * pageSize;
            var count = Math.Min(pageSize, items.Count - start);
            var slice = new T[Math.Max(0, count)];
            for (var i = 0; i < slice.Length; i++)
            {
                slice[i] = items[start + i];
            }

            pages[number - 1] = new ListPage<T>(slice, Pager(number, total, path, urls, items.Count, start, slice.Length));
        }

        return pages;
    }

    /// <summary>Site-relative path of page <paramref name="number"/> of the list at <paramref name="path"/>.</summary>
    public static string PagePath(string path, int number)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return number == 1 ? path : $"{path}page/{number}/";
    }

    private static Pager Pager(int number, int total, string path, SiteUrls urls, int itemCount, int start, int count)
    {
        string Link(int n) => urls.Link(PagePath(path, n));
        return new Pager
        {
            Number = number,
            Total = total,
            Path = PagePath(path, number),
            Url = Link(number),
            FirstUrl = Link(1),
            LastUrl = Link(total),
            PrevUrl = number > 1 ? Link(number - 1) : null,
            NextUrl = number < total ? Link(number + 1) : null,
            PrevPath = number > 1 ? PagePath(path, number - 1) : null,
            NextPath = number < total ? PagePath(path, number + 1) : null,
            ItemCount = itemCount,
            FirstItem = itemCount == 0 ? 0 : start + 1,
            LastItem = start + count,
            Links = Links(number, total, Link),
        };
    }

    /// <summary>
    /// The numbered links: always the first and the last page, the current one with <see cref="NeighbourLinks"/> on
    /// each side, and one gap where pages are left out (a gap of a single page shows that page instead).
    /// </summary>
    internal static IReadOnlyList<PagerLink> Links(int number, int total, Func<int, string> link)
    {
        var shown = new SortedSet<int> { 1, total };
        for (var n = number - NeighbourLinks; n <= number + NeighbourLinks; n++)
        {
            if (n >= 1 && n <= total)
            {
                shown.Add(n);
            }
        }

        // A gap that would hide one page costs as much room as the page itself.
        foreach (var n in shown.ToList())
        {
            if (shown.Contains(n + 2) && !shown.Contains(n + 1))
            {
                shown.Add(n + 1);
            }
        }

        var links = new List<PagerLink>(shown.Count + 2);
        var previous = 0;
        foreach (var n in shown)
        {
            if (n > previous + 1)
            {
                links.Add(PagerLink.Gap);
            }

            links.Add(new PagerLink(n, link(n), n == number, IsGap: false));
            previous = n;
        }

        return links;
    }
}
