using StaticChronicle.Site.Pagination;

namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// One page of the anniversary year's list (<c>year_page</c> in the template): its months, a month carried over
/// from the page before marked <see cref="AnniversaryMonth.Continued"/>, and the pager. Page 1 is the overview itself.
/// </summary>
public sealed record AnniversaryYearPage(IReadOnlyList<AnniversaryMonth> Months, Pager Pager);
