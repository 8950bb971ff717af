using StaticChronicle.Build;

namespace StaticChronicle.Tests.Build;

public class PageWeightTests
{
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        ["topics/oda/index.html"] = "topic.sbn-html",
        ["index.html"] = "home.sbn-html",
    };

    private static KeyValuePair<string, long> File(string path, long bytes) => new(path, bytes);

    [Fact]
    public void The_total_counts_every_file_and_the_heaviest_page_is_an_html_page()
    {
        var weight = PageWeight.Of([File("index.html", 20_000), File("topics/oda/index.html", 90_000), File("data/articles.json", 5_000_000)], Templates, 150, "_site");

        Assert.Equal(5_110_000, weight.TotalBytes);
        Assert.Equal(("topics/oda/index.html", 90_000L), (weight.HeaviestPage, weight.HeaviestBytes));
        Assert.Empty(weight.Warnings);
    }

    [Fact]
    public void A_page_over_the_budget_is_a_warning_naming_the_page_its_size_and_its_template()
    {
        var weight = PageWeight.Of([File("index.html", 150 * 1024), File("topics/oda/index.html", 212 * 1024)], Templates, 150, "_site");

        var warning = Assert.Single(weight.Warnings);
        Assert.False(warning.IsError);
        Assert.Equal("_site/topics/oda/index.html", warning.File);
        Assert.Contains("212.0 KB, over the page budget of 150 KB", warning.Message, StringComparison.Ordinal);
        Assert.Contains("topic.sbn-html", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_over_the_budget_are_listed_heaviest_first()
    {
        var weight = PageWeight.Of([File("a.html", 300_000), File("b.html", 900_000), File("c.html", 600_000)], Templates, 100, "out/");

        Assert.Equal(["out/b.html", "out/c.html", "out/a.html"], weight.Warnings.Select(w => w.File));
    }
}
