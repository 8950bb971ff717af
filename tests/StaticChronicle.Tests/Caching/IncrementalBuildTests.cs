using System.Text;
using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;
using StaticChronicle.Tests.Build;

namespace StaticChronicle.Tests.Caching;

/// <summary>
/// The build cache end to end on a copy of the repository's site (real seeds, extraction and templates): whatever
/// changed, a cached build publishes exactly what a clean build of the same inputs does.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public IncrementalBuildTests()
    {
        TestSite.CopyRepositorySite(_temp.Path);
    }

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    private string CacheFolder => _temp.Combine(".chronicle", "cache");

    private string[] Seeds => [.. Directory.EnumerateFiles(_temp.Combine("seeds"), "*.txt").Order(StringComparer.Ordinal)];

    private SiteConfig Config(string output) =>
        new ConfigOverrides(OutputDirectory: output).ApplyTo(SiteConfigLoader.Load(_temp.Combine("site-config.yml")));

    private BuildResult Cached() => SiteBuild.FromSeeds(Config(Output), new BuildOptions { UseCache = true });

    private BuildResult Uncached(string output) => SiteBuild.FromSeeds(Config(output), new BuildOptions());

    /// <summary>The output of a clean build of the current inputs, made beside the cached one and without the cache.</summary>
    private SortedDictionary<string, byte[]> CleanTree()
    {
        var clean = _temp.Combine("clean");
        if (Directory.Exists(clean))
        {
            Directory.Delete(clean, recursive: true);
        }

        Uncached(clean);
        return TestSite.Tree(clean);
    }

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs from the clean build's");
        }
    }

    public static TheoryData<string> Edits => new()
    {
        "seed changed", "seed added", "seed removed", "title set in front matter", "page template changed", "partial changed",
        "asset changed", "configuration changed",
    };

    private void Apply(string edit)
    {
        var seeds = Seeds;
        switch (edit)
        {
            case "seed changed":
                File.AppendAllText(seeds[1], "\nBoth sides also agreed to expand exchanges between localities.\n");
                break;
            case "seed added":
                File.WriteAllText(_temp.Combine("seeds", "005_added.txt"), File.ReadAllText(seeds[3]) + "\nThe visit ended with a joint press briefing.\n");
                break;
            case "seed removed":
                File.Delete(seeds[2]);
                break;
            case "title set in front matter":
                File.WriteAllText(seeds[4], "---\ntitle: An editor's own headline\n---\n" + File.ReadAllText(seeds[4]));
                break;
            case "page template changed":
                File.AppendAllText(_temp.Combine("templates", "person.sbn-html"), "\n<p class=\"note\">Edited.</p>\n");
                break;
            case "partial changed":
                File.AppendAllText(_temp.Combine("templates", "partials", "entry.sbn-html"), "<!-- edited -->");
                break;
            case "asset changed":
                File.AppendAllText(_temp.Combine("templates", "assets", "style.css"), "\n.note { color: red; }\n");
                break;
            case "configuration changed":
                var config = _temp.Combine("site-config.yml");
                var text = File.ReadAllText(config);
                var edited = text.Replace("branch: main", "branch: release", StringComparison.Ordinal);
                Assert.NotEqual(text, edited);
                File.WriteAllText(config, edited);
                break;
            default:
                throw new ArgumentException(edit, nameof(edit));
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_a_cached_build_publishes_the_same_bytes_as_a_clean_build(string edit)
    {
        Cached();
        Apply(edit);

        var result = Cached();

        Assert.False(result.NothingChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }

    /// <summary>
    /// Without a record to trust (no cache, or an empty one), a build into the site an earlier build published compares
    /// with it: the result is a clean build's, and only files whose bytes differ are written (the rest keep their time).
    /// </summary>
    [Theory]
    [InlineData("seed changed", false)]
    [InlineData("seed removed", false)]
    [InlineData("page template changed", false)]
    [InlineData("asset changed", false)]
    [InlineData("seed changed", true)]
    [InlineData("title set in front matter", true)]
    public void Without_a_record_a_build_rewrites_only_the_published_files_that_differ(string edit, bool emptyCache)
    {
        Uncached(Output);
        var before = TestSite.Tree(Output);
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        Apply(edit);
        var result = emptyCache ? Cached() : Uncached(Output);

        Assert.Equal(result.Pages, result.PagesRendered);
        var after = TestSite.Tree(Output);
        AssertSameTree(CleanTree(), after);
        var rewritten = 0;
        foreach (var (file, bytes) in after)
        {
            var written = File.GetLastWriteTimeUtc(Path.Combine(Output, file)) != old;
            var same = before.TryGetValue(file, out var earlier) && earlier.AsSpan().SequenceEqual(bytes);
            Assert.True(written != same, $"{file}: {(same ? "the same bytes, yet written again" : "changed, yet not written")}");
            rewritten += written ? 1 : 0;
        }

        Assert.InRange(rewritten, 1, after.Count / 2);
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, "*.building-*"));
    }

    [Fact]
    public void An_unchanged_site_is_reported_as_nothing_changed_and_left_as_it_was()
    {
        var first = Cached();
        var before = TestSite.Tree(Output);

        var second = Cached();

        Assert.True(second.NothingChanged);
        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(first.Pages, second.Pages);
        Assert.Equal(first.Warnings, second.Warnings);
        AssertSameTree(before, TestSite.Tree(Output));
    }

    [Fact]
    public void A_touched_seed_is_hashed_not_extracted_and_nothing_is_rebuilt()
    {
        Cached();
        var before = TestSite.Tree(Output);
        File.SetLastWriteTimeUtc(Seeds[2], DateTime.UtcNow.AddMinutes(5));

        var result = Cached();

        Assert.True(result.NothingChanged);
        Assert.Equal(0, result.SeedsExtracted);
        AssertSameTree(before, TestSite.Tree(Output));
        Assert.True(Cached().NothingChanged);
    }

    [Fact]
    public void An_edit_that_extraction_ignores_is_extracted_and_stops_there()
    {
        Cached();
        var before = TestSite.Tree(Output);

        // Trailing blank lines are no part of any article.
        File.AppendAllText(Seeds[2], "\n\n\n");

        var result = Cached();

        Assert.True(result.NothingChanged);
        Assert.Equal(1, result.SeedsExtracted);
        AssertSameTree(before, TestSite.Tree(Output));
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
        var again = Cached();
        Assert.True(again.NothingChanged);
        Assert.Equal(0, again.SeedsExtracted);
    }

    [Fact]
    public void A_changed_seed_is_the_only_one_extracted_and_only_the_pages_it_shows_on_are_rendered()
    {
        Cached();
        // A sentence that changes the body but not the article's ranked topics (a new main topic would rightly re-render every topic list).
        File.AppendAllText(Seeds[1], "\nThe talks were held in a warm and friendly atmosphere.\n");

        var result = Cached();

        Assert.Equal(1, result.SeedsExtracted);
        Assert.Equal(Seeds.Length - 1, result.SeedsReused);
        Assert.InRange(result.PagesRendered, 1, result.Pages / 2);
    }

    /// <summary>
    /// A data file (feed, JSON) whose inputs fingerprint as in the last build is not made again: one whose inputs changed
    /// must be, or the site would keep showing the old title there.
    /// </summary>
    [Fact]
    public void The_data_files_that_show_an_edited_title_are_made_again()
    {
        Cached();
        File.AppendAllText(Seeds[1], "\nThe talks were held in a warm and friendly atmosphere.\n");
        Cached();
        var before = TestSite.Tree(Output);
        File.WriteAllText(Seeds[4], "---\ntitle: An editor's own headline\n---\n" + File.ReadAllText(Seeds[4]));

        Cached();

        var now = TestSite.Tree(Output);
        AssertSameTree(CleanTree(), now);
        foreach (var data in new[] { "feed.xml", "timeline.json", "data/articles.json" })
        {
            Assert.Contains("An editor's own headline", Encoding.UTF8.GetString(now[data]).Replace("&#39;", "'", StringComparison.Ordinal).Replace("\\u0027", "'", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.False(before[data].AsSpan().SequenceEqual(now[data]), $"{data} still shows the old title");
        }
    }

    [Fact]
    public void Only_the_card_whose_title_changed_is_drawn_again()
    {
        // Articles draw cards of their own under `social_cards: pages`; the repository's configuration says `sections`.
        var config = _temp.Combine("site-config.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("social_cards: sections", "social_cards: pages", StringComparison.Ordinal));
        var first = Cached();
        Assert.Equal(first.CardsDrawn, Directory.EnumerateFiles(Output, "card.png", SearchOption.AllDirectories).Count());

        File.AppendAllText(Seeds[1], "\nThe talks were held in a warm and friendly atmosphere.\n");
        Assert.Equal(0, Cached().CardsDrawn);

        var before = Directory.EnumerateFiles(Path.Combine(Output, "articles"), "card.png", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        File.WriteAllText(Seeds[4], "---\ntitle: An editor's own headline\n---\n" + File.ReadAllText(Seeds[4]));
        var result = Cached();

        Assert.Equal(1, result.CardsDrawn);
        var now = Directory.EnumerateFiles(Path.Combine(Output, "articles"), "card.png", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Single(now, c => !before.TryGetValue(c.Key, out var old) || !old.AsSpan().SequenceEqual(c.Value));
    }

    [Fact]
    public void A_template_change_renders_the_pages_that_use_it()
    {
        Cached();
        File.AppendAllText(_temp.Combine("templates", "topic.sbn-html"), "\n<p>Edited.</p>\n");

        var result = Cached();

        var topicPages = Directory.EnumerateFiles(Path.Combine(Output, "topics"), "index.html", SearchOption.AllDirectories).Count() - 1;
        Assert.True(topicPages > 0);
        Assert.Equal(topicPages, result.PagesRendered);
        Assert.Equal(0, result.SeedsExtracted);
    }

    [Fact]
    public void A_deleted_or_edited_published_file_is_put_back()
    {
        Cached();
        var page = Directory.EnumerateFiles(Path.Combine(Output, "people"), "index.html", SearchOption.AllDirectories).Last();
        File.Delete(page);
        File.WriteAllText(Path.Combine(Output, "index.html"), "vandalised");
        File.WriteAllText(Path.Combine(Output, "data", "articles.json"), "vandalised");
        File.WriteAllText(Path.Combine(Output, "stray.html"), "not ours");

        var result = Cached();

        Assert.False(result.NothingChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }

    /// <summary>A sentence inside an article's text that changes nothing else extraction finds (summary, people, topics, date).</summary>
    private const string BodySentence = "\nThe talks were held in a warm and friendly atmosphere.\n";

    /// <summary>
    /// An edit that changes only an article's body can show only on that article's page: the build looks at that page
    /// alone, and the site is still a clean build's, then and after the edit is put back.
    /// </summary>
    [Fact]
    public void A_body_only_edit_renders_that_article_page_alone_and_publishes_what_a_clean_build_does()
    {
        Cached();
        var original = File.ReadAllText(Seeds[1]);
        File.AppendAllText(Seeds[1], BodySentence);

        var edited = Cached();

        Assert.True(edited.OnlyBodiesChanged);
        Assert.Equal(1, edited.PagesRendered);
        Assert.Equal(1, edited.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
        Assert.True(Cached().NothingChanged);

        File.WriteAllText(Seeds[1], original);
        var putBack = Cached();

        Assert.True(putBack.OnlyBodiesChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }

    /// <summary>The record a body-only build leaves is as good as a whole build's: the next edit of another kind builds right from it.</summary>
    [Fact]
    public void After_a_body_only_build_another_kind_of_edit_still_publishes_what_a_clean_build_does()
    {
        Cached();
        File.AppendAllText(Seeds[1], BodySentence);
        Assert.True(Cached().OnlyBodiesChanged);

        File.WriteAllText(Seeds[4], "---\ntitle: An editor's own headline\n---\n" + File.ReadAllText(Seeds[4]));
        var result = Cached();

        Assert.False(result.OnlyBodiesChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }

    /// <summary>What a body-only build would not look at is what these edits change, so each takes the whole build.</summary>
    [Theory]
    [InlineData("another seed's title")]
    [InlineData("a published page deleted")]
    [InlineData("the anniversary year's article")]
    public void A_body_edit_with_anything_else_takes_the_whole_build(string alongside)
    {
        Cached();
        File.AppendAllText(Seeds[1], BodySentence);
        switch (alongside)
        {
            case "another seed's title":
                File.WriteAllText(Seeds[4], "---\ntitle: An editor's own headline\n---\n" + File.ReadAllText(Seeds[4]));
                break;
            case "a published page deleted":
                File.Delete(Directory.EnumerateFiles(Path.Combine(Output, "people"), "index.html", SearchOption.AllDirectories).Last());
                break;
            case "the anniversary year's article":
                // The first seed is of 2023: the anniversary overview reads its year's bodies (visits, signings).
                File.AppendAllText(Seeds[0], "\nBoth sides signed a memorandum at the end of the meeting.\n");
                break;
        }

        var result = Cached();

        Assert.False(result.OnlyBodiesChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }

    public static TheoryData<string> Damages => new() { "truncated", "flipped byte", "other format version", "random bytes", "empty" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_cache_is_ignored_with_a_note_and_the_build_is_still_right(string damage)
    {
        Cached();
        File.AppendAllText(Seeds[0], "\nThe two sides signed three documents.\n");
        var files = Directory.GetFiles(CacheFolder, "*", SearchOption.AllDirectories);
        Assert.True(files.Length > 2);
        foreach (var file in files)
        {
            Damage(file, damage);
        }

        var result = Cached();

        Assert.Equal(Seeds.Length, result.SeedsExtracted);
        Assert.Equal(result.Pages, result.PagesRendered);
        // Damage gets a line for the extraction cache and one for the build record; files that are merely out of date
        // (another cache format) get one line for the whole cache, as after every upgrade.
        Assert.Equal(damage == "other format version" ? 1 : 2, result.CacheNotes.Count);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));

        // The damaged files were replaced by good ones.
        var again = Cached();
        Assert.True(again.NothingChanged);
        Assert.Empty(again.CacheNotes);
    }

    private static void Damage(string file, string damage)
    {
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);
                break;
            case "flipped byte":
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(file, bytes);
                break;
            case "other format version":
                bytes[8]++;
                File.WriteAllBytes(file, bytes);
                break;
            case "random bytes":
                var random = new Random(8);
                random.NextBytes(bytes);
                File.WriteAllBytes(file, bytes);
                break;
            case "empty":
                File.WriteAllBytes(file, []);
                break;
            default:
                throw new ArgumentException(damage, nameof(damage));
        }
    }

    [Fact]
    public void A_build_without_the_cache_writes_no_cache()
    {
        Uncached(Output);

        Assert.False(Directory.Exists(_temp.Combine(".chronicle")));
    }

    [Fact]
    public void A_build_without_the_cache_does_not_read_it()
    {
        Cached();
        var cacheBefore = TestSite.Tree(CacheFolder);

        // Same size and time, different bytes: only a build that reads the seed itself can see the change.
        var seed = Seeds[1];
        var time = File.GetLastWriteTimeUtc(seed);
        var text = File.ReadAllText(seed);
        var index = text.IndexOf("Japan", StringComparison.Ordinal);
        Assert.True(index >= 0);
        File.WriteAllText(seed, string.Concat(text.AsSpan(0, index), "Japon", text.AsSpan(index + 5)), new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(seed, time);

        var result = Uncached(Output);

        Assert.False(result.NothingChanged);
        Assert.Equal(result.Pages, result.PagesRendered);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
        AssertSameTree(cacheBefore, TestSite.Tree(CacheFolder));
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_previous_site_and_cache_record_as_they_were()
    {
        Cached();
        var before = TestSite.Tree(Output);
        File.AppendAllText(Seeds[1], "\nBoth sides also agreed to expand exchanges between localities.\n");
        var template = _temp.Combine("templates", "article.sbn-html");
        var good = File.ReadAllText(template);
        File.WriteAllText(template, good + "{{ no_such_function() }}");

        Assert.Throws<DiagnosticException>(Cached);

        AssertSameTree(before, TestSite.Tree(Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_temp.Path), d => Path.GetFileName(d).Contains(".building-", StringComparison.Ordinal));

        File.WriteAllText(template, good);
        var result = Cached();
        Assert.Equal(0, result.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output));
    }
}
