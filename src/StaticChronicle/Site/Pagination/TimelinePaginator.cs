namespace StaticChronicle.Site.Pagination;

/// <summary>
/// Splits a run of timeline years into pages of <c>pageSize</c> rows (articles and milestones alike), keeping the
/// year and month grouping on each page: a month that spans two pages is headed on both. Pure.
/// </summary>
public static class TimelinePaginator
{
    /// <summary>The pages; each item of a page is a year holding only the months and rows that page shows.</summary>
    public static IReadOnlyList<ListPage<YearSummary>> Split(IReadOnlyList<YearSummary> years, int pageSize, string path, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(years);
        var rows = new List<(int Year, int Month, TimelineItem Item)>();
        var yearIndex = new Dictionary<int, YearSummary>();
        foreach (var year in years)
        {
            yearIndex[year.Year] = year;
            foreach (var month in year.Months)
            {
                foreach (var item in month.Items)
                {
                    rows.Add((year.Year, month.Month, item));
                }
            }
        }

        var pages = Paginator.Split(rows, pageSize, path, urls);
        var result = new ListPage<YearSummary>[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            result[i] = new ListPage<YearSummary>(Regroup(pages[i].Items, yearIndex), pages[i].Pager);
        }

        return result;
    }

    /// <summary>Where each month of the <paramref name="pages"/> starts: the page's path plus the month's anchor.</summary>
    public static IReadOnlyDictionary<(int Year, int Month), string> MonthStarts(IReadOnlyList<ListPage<YearSummary>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var starts = new Dictionary<(int, int), string>();
        foreach (var page in pages)
        {
            foreach (var year in page.Items)
            {
                foreach (var month in year.Months)
                {
                    starts.TryAdd((year.Year, month.Month), $"{page.Pager.Url}#{month.Anchor}");
                }
            }
        }

        return starts;
    }

    private static List<YearSummary> Regroup(IReadOnlyList<(int Year, int Month, TimelineItem Item)> rows, Dictionary<int, YearSummary> years)
    {
        var result = new List<YearSummary>();
        var index = 0;
        while (index < rows.Count)
        {
            var source = years[rows[index].Year];
            var months = new List<MonthGroup>();
            while (index < rows.Count && rows[index].Year == source.Year)
            {
                var month = source.Months.First(m => m.Month == rows[index].Month);
                var items = new List<TimelineItem>();
                while (index < rows.Count && rows[index].Year == source.Year && rows[index].Month == month.Month)
                {
                    items.Add(rows[index].Item);
                    index++;
                }

                months.Add(month.Items.Count == items.Count ? month : month with { Items = items });
            }

            // The year keeps its whole count: the heading says how many articles the year has, not this page.
            result.Add(months.Count == source.Months.Count && ReferenceEquals(months[^1], source.Months[^1]) && ReferenceEquals(months[0], source.Months[0])
                ? source
                : source with { Months = months });
        }

        return result;
    }
}
