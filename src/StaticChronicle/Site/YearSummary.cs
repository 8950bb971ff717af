namespace StaticChronicle.Site;

/// <summary>One year of the chronicle: how many articles, its timeline page and its months.</summary>
public sealed record YearSummary(int Year, int Count, string Url, string Anchor, IReadOnlyList<MonthGroup> Months)
{
    public IEnumerable<ArticleEntry> Articles =>
        Months.SelectMany(m => m.Items).Where(i => i.Article is not null).Select(i => i.Article!);
}
