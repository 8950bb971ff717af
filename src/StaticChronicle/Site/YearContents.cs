namespace StaticChronicle.Site;

/// <summary>One year in the timeline's table of contents: its count, its first page and where each month starts.</summary>
public sealed record YearContents(int Year, int Count, string Url, IReadOnlyList<MonthStart> Months);
