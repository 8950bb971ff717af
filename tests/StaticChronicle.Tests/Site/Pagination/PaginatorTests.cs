using StaticChronicle.Site;
using StaticChronicle.Site.Pagination;

namespace StaticChronicle.Tests.Site.Pagination;

public class PaginatorTests
{
    private static readonly SiteUrls Urls = new(new Uri("https://example.github.io/chronicle/"));

    private static IReadOnlyList<ListPage<int>> Split(int count, int size) =>
        Paginator.Split(Enumerable.Range(1, count).ToList(), size, "topics/oda/", Urls);

    [Theory]
    [InlineData(1, 50, new[] { 1 })]
    [InlineData(50, 50, new[] { 50 })]
    [InlineData(51, 50, new[] { 50, 1 })]
    [InlineData(120, 50, new[] { 50, 50, 20 })]
    [InlineData(7, 1, new[] { 1, 1, 1, 1, 1, 1, 1 })]
    public void Pages_hold_exactly_the_page_size_and_the_last_holds_the_rest(int count, int size, int[] sizes)
    {
        var pages = Split(count, size);

        Assert.Equal(sizes, pages.Select(p => p.Items.Count));
        Assert.Equal(Enumerable.Range(1, count), pages.SelectMany(p => p.Items));
        Assert.All(pages, p => Assert.Equal(pages.Count, p.Pager.Total));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(49)]
    [InlineData(50)]
    [InlineData(51)]
    [InlineData(100)]
    [InlineData(101)]
    public void No_page_of_a_series_is_empty(int count)
    {
        Assert.All(Split(count, 50), p => Assert.NotEmpty(p.Items));
    }

    [Fact]
    public void An_empty_list_is_one_page_at_the_bare_address_so_the_list_still_exists()
    {
        var page = Assert.Single(Split(0, 50));

        Assert.Empty(page.Items);
        Assert.Equal(("topics/oda/", 1, 1, 0, 0), (page.Pager.Path, page.Pager.Number, page.Pager.Total, page.Pager.FirstItem, page.Pager.LastItem));
        Assert.False(page.Pager.IsPaginated);
    }

    [Fact]
    public void Page_one_keeps_the_bare_address_and_later_pages_add_page_n_as_hugo_does()
    {
        var pages = Split(120, 50);

        Assert.Equal(["topics/oda/", "topics/oda/page/2/", "topics/oda/page/3/"], pages.Select(p => p.Pager.Path));
        Assert.Equal(["/chronicle/topics/oda/", "/chronicle/topics/oda/page/2/", "/chronicle/topics/oda/page/3/"], pages.Select(p => p.Pager.Url));
    }

    [Fact]
    public void Previous_and_next_link_neighbours_and_are_absent_at_the_ends()
    {
        var pages = Split(120, 50);

        Assert.Equal((null, "/chronicle/topics/oda/page/2/"), (pages[0].Pager.PrevUrl, pages[0].Pager.NextUrl));
        Assert.Equal(("/chronicle/topics/oda/", "/chronicle/topics/oda/page/3/"), (pages[1].Pager.PrevUrl, pages[1].Pager.NextUrl));
        Assert.Equal(("/chronicle/topics/oda/page/2/", null), (pages[2].Pager.PrevUrl, pages[2].Pager.NextUrl));
        Assert.Equal(("topics/oda/", "topics/oda/page/3/"), (pages[1].Pager.PrevPath, pages[1].Pager.NextPath));
        Assert.All(pages, p => Assert.Equal(("/chronicle/topics/oda/", "/chronicle/topics/oda/page/3/"), (p.Pager.FirstUrl, p.Pager.LastUrl)));
        Assert.Equal((true, false, false), (pages[0].Pager.IsFirst, pages[1].Pager.IsFirst, pages[1].Pager.IsLast));
        Assert.True(pages[2].Pager.IsLast);
    }

    [Fact]
    public void Item_positions_say_which_part_of_the_list_a_page_shows()
    {
        var pages = Split(120, 50);

        Assert.Equal([(1, 50), (51, 100), (101, 120)], pages.Select(p => (p.Pager.FirstItem, p.Pager.LastItem)));
        Assert.All(pages, p => Assert.Equal(120, p.Pager.ItemCount));
    }

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 5, "[1] 2 3 4 5")]
    [InlineData(1, 20, "[1] 2 3 … 20")]
    [InlineData(5, 20, "1 2 3 4 [5] 6 7 … 20")]
    [InlineData(10, 20, "1 … 8 9 [10] 11 12 … 20")]
    [InlineData(20, 20, "1 … 18 19 [20]")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 7")]
    public void Numbered_links_keep_the_ends_and_the_neighbours_and_mark_gaps(int number, int total, string expected)
    {
        var links = Paginator.Links(number, total, n => $"/p/{n}/");

        var text = string.Join(' ', links.Select(l => l.IsGap ? "…" : l.IsCurrent ? $"[{l.Number}]" : $"{l.Number}"));
        Assert.Equal(expected, text);
        Assert.Single(links, l => l.IsCurrent);
        Assert.All(links.Where(l => !l.IsGap), l => Assert.Equal($"/p/{l.Number}/", l.Url));
    }

    [Fact]
    public void A_path_without_its_trailing_slash_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Paginator.Split([1], 10, "topics/oda", Urls));
    }
}
