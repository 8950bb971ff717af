using System.Text.Json;
using System.Xml.Linq;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Rendering;

public class DataFilesTests
{
    private static readonly SiteModel Model = SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_feed_is_updated_at_the_newest_article_and_lists_newest_first()
    {
        var feed = XDocument.Parse(AtomFeed.Write(Model));

        // The newest article's day, one second per article: five articles.
        Assert.Equal("2025-04-27T00:00:05Z", feed.Root!.Element(Atom + "updated")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        Assert.Equal("Party chief receives Japanese PM in Hanoi", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("https://example.github.io/chronicle/articles/2025-04-27-party-chief-receives-japanese-pm-in-hanoi/",
            entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        var self = feed.Root.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self");
        Assert.Equal("https://example.github.io/chronicle/feed.xml", self.Attribute("href")!.Value);
        Assert.Equal("application/atom+xml", self.Attribute("type")?.Value);
    }

    [Fact]
    public void The_feeds_updated_moves_when_an_article_dated_in_the_past_is_added_and_not_from_build_to_build()
    {
        var older = SampleSite.Articles[0] with { SourcePath = "seeds/900_old.txt", Slug = "2001-03-01-an-old-visit", Date = new DateOnly(2001, 3, 1) };
        var grown = SiteModelBuilder.Build(SampleSite.Config(), [.. SampleSite.Articles, older]);

        string Updated(SiteModel model) => XDocument.Parse(AtomFeed.Write(model)).Root!.Element(Atom + "updated")!.Value;
        Assert.Equal("2025-04-27T00:00:06Z", Updated(grown));
        Assert.NotEqual(Updated(Model), Updated(grown));
        Assert.Equal(AtomFeed.Write(Model), AtomFeed.Write(SiteModelBuilder.Build(SampleSite.Config(), SampleSite.Articles)));
    }

    [Fact]
    public void A_topic_feed_holds_that_topics_newest_articles_and_points_at_itself_and_the_topic_page()
    {
        var topic = Model.Topics.Single(t => t.Id == "trade-investment");
        var feed = XDocument.Parse(AtomFeed.Write(Model.Info, topic.Name, "", "https://example.github.io/chronicle/topics/trade-investment/feed.xml", topic.AbsoluteUrl, topic.Articles));

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(topic.Articles.Reverse().Select(a => a.Title), titles);
        Assert.Equal(topic.AbsoluteUrl, feed.Root.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.github.io/chronicle/topics/trade-investment/feed.xml",
            feed.Root.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void A_feed_is_bounded_to_the_newest_entries()
    {
        var many = Enumerable.Range(0, AtomFeed.MaxEntries + 7).Select(i => Model.Articles[0] with { Slug = $"a-{i:D3}", DateIso = $"2000-01-{1 + (i % 28):D2}" }).ToList();

        var term = XDocument.Parse(AtomFeed.Write(Model.Info, "T", "", "https://example.org/feed.xml", "https://example.org/", many));
        var site = XDocument.Parse(AtomFeed.Write(Model.Info, "T", "", "https://example.org/feed.xml", "https://example.org/", many, AtomFeed.MaxEntries));

        Assert.Equal(AtomFeed.TermEntries, term.Root!.Elements(Atom + "entry").Count());
        Assert.Equal(AtomFeed.MaxEntries, site.Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void The_timeline_index_holds_only_what_the_filters_and_their_result_list_need()
    {
        using var doc = JsonDocument.Parse(TimelineIndex.Write(Model));
        var root = doc.RootElement;

        Assert.Equal(["people", "topics", "articles"], root.EnumerateObject().Select(p => p.Name));
        var people = root.GetProperty("people").EnumerateArray().Select(p => p[0].GetString()).ToList();
        var topics = root.GetProperty("topics").EnumerateArray().Select(p => p[0].GetString()).ToList();
        Assert.Equal(Model.People.Select(p => p.Id), people);
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(Model.Articles.Count, articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var (row, article) = (articles[i], Model.Articles[i]);
            Assert.Equal(5, row.GetArrayLength());
            Assert.Equal((article.Slug, article.DateIso, article.Title), (row[0].GetString(), row[1].GetString(), row[2].GetString()));
            Assert.Equal(article.People.Select(p => p.Id), row[3].EnumerateArray().Select(n => people[n.GetInt32()]));
            Assert.Equal(article.Topics.Select(t => t.Id), row[4].EnumerateArray().Select(n => topics[n.GetInt32()]));
        }

        Assert.DoesNotContain("\n ", TimelineIndex.Write(Model).TrimEnd('\n'), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_json_is_in_timelinejs_format_with_seed_text_escaped()
    {
        var articles = SampleSite.Articles.Select((a, i) => i == 0 ? a with { Title = "<b>bold</b>" } : a).ToList();
        var model = SiteModelBuilder.Build(SampleSite.Config(), articles);
        using var doc = JsonDocument.Parse(TimelineJson.Write(model));
        var root = doc.RootElement;
        Assert.Equal("Vietnam–Japan: A Chronicle", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(12, events.Count);
        var first = events.Single(e => e.GetProperty("unique_id").GetString() == model.Articles[0].Slug);
        Assert.Equal((2022, 5, 1), (first.GetProperty("start_date").GetProperty("year").GetInt32(),
            first.GetProperty("start_date").GetProperty("month").GetInt32(), first.GetProperty("start_date").GetProperty("day").GetInt32()));
        Assert.Equal("&lt;b&gt;bold&lt;/b&gt;", first.GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal("Articles", first.GetProperty("group").GetString());
        var milestone = events.Single(e => e.GetProperty("unique_id").GetString() == "milestone-1992-11");
        Assert.False(milestone.GetProperty("start_date").TryGetProperty("day", out _));
        Assert.Equal("Milestones", milestone.GetProperty("group").GetString());
    }

    [Fact]
    public void Timeline_json_links_are_absolute_and_its_text_has_no_character_references()
    {
        // TimelineJS is embedded on other hosts too: a root-relative link or "&#234;" only works on ours.
        var articles = SampleSite.Articles.Select((a, i) => i == 0 ? a with { Title = "Việt Nam & Nhật Bản" } : a).ToList();
        var model = SiteModelBuilder.Build(SampleSite.Config(), articles);
        using var doc = JsonDocument.Parse(TimelineJson.Write(model));
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        var first = events.Single(e => e.GetProperty("unique_id").GetString() == model.Articles[0].Slug);
        Assert.Equal("Việt Nam &amp; Nhật Bản", first.GetProperty("text").GetProperty("headline").GetString());
        var text = first.GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains($"href=\"{model.Articles[0].AbsoluteUrl}\"", text, StringComparison.Ordinal);
        Assert.StartsWith("https://", model.Articles[0].AbsoluteUrl, StringComparison.Ordinal);
        Assert.All(events, e => Assert.DoesNotContain("&#", e.GetProperty("text").GetRawText().Replace("\\u0026", "&", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_json_keeps_a_stable_property_order()
    {
        using var doc = JsonDocument.Parse(DataJson.Articles(Model));
        var names = doc.RootElement[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["slug", "url", "title", "title_generated", "date", "date_kind", "date_evidence", "summary", "people", "places", "topics", "mentions_50th_anniversary", "source_path"], names);
    }

    [Fact]
    public void People_json_lists_everyone_by_id_with_native_names_readable()
    {
        var text = DataJson.People(Model);
        Assert.Contains("\"native\":\"Trương Thị Mai\"", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var ids = doc.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(12, ids.Count);
    }

    [Fact]
    public void The_sitemap_lists_absolute_urls_with_lastmod_where_the_page_has_one()
    {
        var sitemap = XDocument.Parse(Sitemap.Write([("https://example.github.io/chronicle/", "2023-12-01"), ("https://example.github.io/chronicle/people/", null)]));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToList();
        Assert.Equal(["https://example.github.io/chronicle/", "https://example.github.io/chronicle/people/"], urls.Select(u => u.Element(ns + "loc")!.Value));
        Assert.Equal(["2023-12-01", null], urls.Select(u => u.Element(ns + "lastmod")?.Value));
    }
}
