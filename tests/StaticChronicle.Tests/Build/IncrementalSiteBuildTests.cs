using StaticChronicle.Build;
using StaticChronicle.Config;
using StaticChronicle.Tests.Caching;

namespace StaticChronicle.Tests.Build;

/// <summary>
/// The in-memory build session <c>serve</c> rebuilds with, on a copy of the repository's site: after every kind of edit,
/// what it publishes is byte for byte a clean build of the same inputs, and it does only the work the edit asks for.
/// </summary>
public sealed class IncrementalSiteBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public IncrementalSiteBuildTests()
    {
        TestSite.CopyRepositorySite(_temp.Path);
    }

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    private string[] Seeds => [.. Directory.EnumerateFiles(_temp.Combine("seeds"), "*.txt").Order(StringComparer.Ordinal)];

    private SiteConfig Config(string output) =>
        new ConfigOverrides(OutputDirectory: output).ApplyTo(SiteConfigLoader.Load(_temp.Combine("site-config.yml")));

    private SortedDictionary<string, byte[]> CleanTree()
    {
        var clean = _temp.Combine("clean");
        if (Directory.Exists(clean))
        {
            Directory.Delete(clean, recursive: true);
        }

        SiteBuild.FromSeeds(Config(clean), new BuildOptions());
        return TestSite.Tree(clean);
    }

    private static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string after)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"after '{after}', {file} differs from the clean build's");
        }
    }

    private static readonly string[] EditNames =
    [
        "seed body changed", "seed added", "seed removed", "seed renamed", "title set in front matter", "page template changed",
        "partial changed", "layout changed", "asset changed", "configuration changed",
    ];

    public static TheoryData<string> Edits => new(EditNames);

    private void Apply(string edit)
    {
        var seeds = Seeds;
        switch (edit)
        {
            case "seed body changed":
                File.AppendAllText(seeds[1], "\nBoth sides also agreed to expand exchanges between localities.\n");
                break;
            case "seed added":
                File.WriteAllText(_temp.Combine("seeds", "005_added.txt"), File.ReadAllText(seeds[3]) + "\nThe visit ended with a joint press briefing.\n");
                break;
            case "seed removed":
                File.Delete(seeds[2]);
                break;
            case "seed renamed":
                File.Move(seeds[0], _temp.Combine("seeds", "009_renamed.txt"));
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
            case "layout changed":
                var layout = _temp.Combine("templates", "layout.sbn-html");
                File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- every page -->\n</body>", StringComparison.Ordinal));
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
    public void After_an_edit_a_rebuild_publishes_the_same_bytes_as_a_clean_build(string edit)
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        Apply(edit);

        session.Rebuild(Config(Output));

        AssertSameTree(CleanTree(), TestSite.Tree(Output), edit);
    }

    [Fact]
    public void One_session_through_every_edit_in_turn_stays_identical_to_a_clean_build()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        foreach (var edit in EditNames)
        {
            Apply(edit);
            session.Rebuild(Config(Output));
            AssertSameTree(CleanTree(), TestSite.Tree(Output), edit);
        }
    }

    [Fact]
    public void A_body_edit_extracts_one_seed_and_renders_only_the_pages_that_show_it()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        var first = session.Rebuild(Config(Output));
        Assert.Equal(first.Pages, first.PagesRendered);

        // A sentence that changes the body but not the article's ranked topics.
        File.AppendAllText(Seeds[1], "\nThe talks were held in a warm and friendly atmosphere.\n");
        var result = session.Rebuild(Config(Output));

        Assert.Equal(1, result.SeedsExtracted);
        Assert.Equal(Seeds.Length - 1, result.SeedsReused);
        Assert.InRange(result.PagesRendered, 1, result.Pages / 2);
        Assert.Equal(0, result.CardsDrawn);
        Assert.Equal(1, session.FullBuilds);
    }

    /// <summary>
    /// Told by the watcher which files changed, the session re-reads only those: an edited seed on the list is extracted and
    /// the site is a clean build's; a seed edited behind the watcher's back is not looked at until a rebuild without a list.
    /// </summary>
    [Fact]
    public void With_the_watchers_list_of_changed_files_only_those_seeds_are_looked_at()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));

        File.AppendAllText(Seeds[1], "\nThe talks were held in a warm and friendly atmosphere.\n");
        var listed = session.Rebuild(Config(Output), [Seeds[1]]);
        Assert.Equal(1, listed.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "an edit the watcher reported");

        File.AppendAllText(Seeds[2], "\nThe talks were held in a warm and friendly atmosphere.\n");
        var unlisted = session.Rebuild(Config(Output), []);
        Assert.Equal(0, unlisted.SeedsExtracted);

        var unknown = session.Rebuild(Config(Output), null);
        Assert.Equal(1, unknown.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "an edit found by looking at every seed");

        // A seed added or removed is on the list too: the folder is listed again.
        var added = _temp.Combine("seeds", "005_added.txt");
        File.WriteAllText(added, File.ReadAllText(Seeds[3]) + "\nThe visit ended with a joint press briefing.\n");
        Assert.Equal(1, session.Rebuild(Config(Output), [added]).SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a seed added, as the watcher reported it");
        var removed = Seeds[0];
        File.Delete(removed);
        session.Rebuild(Config(Output), [removed]);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a seed removed, as the watcher reported it");
    }

    /// <summary>Words inside a later paragraph: no name, place, date, topic or anniversary words change, and the summary is the first sentence.</summary>
    [Theory]
    [InlineData(1, "consistent policy", "long-standing and consistent policy")]
    [InlineData(2, "the affection of the Japanese", "the warm affection of the Japanese")]
    public void A_change_inside_a_body_renders_only_that_article_without_building_the_model_again(int seed, string from, string to)
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        Assert.False(session.OnlyBodiesChanged);

        var file = Seeds[seed];
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
        var result = session.Rebuild(Config(Output));

        Assert.True(session.OnlyBodiesChanged);
        Assert.Equal(1, result.PagesRendered);
        Assert.Equal(1, result.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "an edit inside a body");

        // And back: the next whole rebuild still knows what every page was made from.
        File.WriteAllText(file, text);
        session.Rebuild(Config(Output));
        Apply("title set in front matter");
        session.Rebuild(Config(Output));
        Assert.False(session.OnlyBodiesChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a body edit undone, then a title set");
    }

    [Fact]
    public void An_edit_to_the_first_paragraph_under_an_editors_summary_brings_the_lede_back()
    {
        // The editor's summary is the first paragraph's sentence, so the page shows no lede; an edit to that paragraph
        // changes the body alone (the summary is the editor's), and the sentence no longer repeats the summary.
        // A first paragraph that names no one: an edit to it changes no person's evidence.
        const string sentence = "The two countries are looking to take their strategic partnership to a new height in the spirit of sincerity, affection, trust, substantiality, and efficiency.";
        var file = Seeds[2];
        var text = File.ReadAllText(file);
        Assert.Contains(sentence, text, StringComparison.Ordinal);
        var frontMatter = $"---\nsummary: \"{sentence}\"\n---\n";
        File.WriteAllText(file, frontMatter + text);
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        var page = Path.Combine(Output, "articles", "2022-05-01-vietnam-japan-reaches-new-progress-in-strategic-cooperation", "index.html");
        Assert.DoesNotContain("class=\"lede\"", File.ReadAllText(page), StringComparison.Ordinal);

        File.WriteAllText(file, frontMatter + text.Replace("substantiality, and efficiency", "substantiality and efficiency", StringComparison.Ordinal));
        session.Rebuild(Config(Output));

        Assert.True(session.OnlyBodiesChanged);
        Assert.Contains($"<p class=\"lede\">{sentence}</p>", File.ReadAllText(page), StringComparison.Ordinal);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "an edit to the first paragraph");
    }

    [Fact]
    public void A_body_edit_in_the_anniversary_year_takes_the_whole_rebuild_whose_overview_reads_bodies()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        // Dated 2023-12-01, the configuration's anniversary year.
        Assert.Equal(2023, Config(Output).Anniversary.Year);
        var file = Seeds[4];
        var text = File.ReadAllText(file);
        Assert.Contains("and enhance coordination in regional", text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace("and enhance coordination in regional", "and further enhance coordination in regional", StringComparison.Ordinal));

        session.Rebuild(Config(Output));

        Assert.False(session.OnlyBodiesChanged);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "an edit inside a body of the anniversary year");
    }

    [Fact]
    public void An_unchanged_site_renders_nothing_and_publishes_nothing()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        var times = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var result = session.Rebuild(Config(Output));

        Assert.Equal(0, result.PagesRendered);
        Assert.Equal(0, result.SeedsExtracted);
        Assert.Equal(times, Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void A_layout_change_renders_every_page_again_without_extracting_or_starting_over()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        Apply("layout changed");

        var result = session.Rebuild(Config(Output));

        Assert.Equal(result.Pages, result.PagesRendered);
        Assert.Equal(0, result.SeedsExtracted);
        Assert.Equal(1, session.FullBuilds);
    }

    [Fact]
    public void Past_the_limit_a_layout_change_renders_one_page_per_template_and_the_rest_when_asked_for()
    {
        var session = new IncrementalSiteBuild(new BuildOptions()) { DeferPagesAbove = 5 };
        session.Rebuild(Config(Output));
        Apply("layout changed");

        var result = session.Rebuild(Config(Output));

        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var current = pages.Where(p => File.ReadAllText(Path.Combine(Output, p)).Contains("<!-- every page -->", StringComparison.Ordinal)).ToList();
        Assert.Equal(0, result.SeedsExtracted);
        Assert.Equal(1, session.FullBuilds);
        Assert.InRange(result.PagesRendered, 2, 20);
        Assert.Equal(result.PagesRendered, current.Count);
        Assert.Equal(result.Pages - result.PagesRendered, result.PagesDeferred);
        Assert.Equal(result.PagesDeferred, session.DeferredPages);

        var waiting = pages.First(p => p.StartsWith("articles/", StringComparison.Ordinal) && !current.Contains(p));
        Assert.True(session.RenderIfDeferred(waiting));
        Assert.Contains("<!-- every page -->", File.ReadAllText(Path.Combine(Output, waiting)), StringComparison.Ordinal);
        Assert.False(session.RenderIfDeferred(waiting));
        Assert.Equal(result.PagesDeferred - 1, session.DeferredPages);

        Assert.Equal(0, session.RenderDeferred(int.MaxValue));
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a layout change, the deferred pages rendered");
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_while_pages_wait_for_the_new_layout_still_ends_in_a_clean_build(string edit)
    {
        var session = new IncrementalSiteBuild(new BuildOptions()) { DeferPagesAbove = 5 };
        session.Rebuild(Config(Output));
        Apply("layout changed");
        Assert.True(session.Rebuild(Config(Output)).PagesDeferred > 0);
        session.RenderDeferred(3);

        Apply(edit);
        session.Rebuild(Config(Output));
        session.RenderDeferred(int.MaxValue);

        AssertSameTree(CleanTree(), TestSite.Tree(Output), $"a layout change, then {edit} before its pages were rendered");
    }

    [Fact]
    public void A_layout_changed_and_put_back_before_its_pages_are_rendered_ends_in_a_clean_build()
    {
        var session = new IncrementalSiteBuild(new BuildOptions()) { DeferPagesAbove = 5 };
        session.Rebuild(Config(Output));
        var layout = _temp.Combine("templates", "layout.sbn-html");
        var original = File.ReadAllText(layout);
        Apply("layout changed");
        session.Rebuild(Config(Output));

        File.WriteAllText(layout, original);
        session.Rebuild(Config(Output));
        session.RenderDeferred(int.MaxValue);

        AssertSameTree(CleanTree(), TestSite.Tree(Output), "the layout changed and put back");
    }

    [Fact]
    public void Pages_still_waiting_when_a_later_template_change_fails_are_rendered_with_the_last_good_templates()
    {
        var session = new IncrementalSiteBuild(new BuildOptions()) { DeferPagesAbove = 5 };
        session.Rebuild(Config(Output));
        Apply("layout changed");
        session.Rebuild(Config(Output));
        var expected = CleanTree();

        // A page template that no longer exists fails the next rebuild; the layout's waiting pages must not take it up.
        var person = _temp.Combine("templates", "person.sbn-html");
        var personText = File.ReadAllText(person);
        File.AppendAllText(_temp.Combine("templates", "layout.sbn-html"), "<!-- a later edit -->");
        File.Delete(person);
        Assert.Throws<StaticChronicle.Diagnostics.DiagnosticException>(() => session.Rebuild(Config(Output)));
        session.RenderDeferred(int.MaxValue);

        AssertSameTree(expected, TestSite.Tree(Output), "deferred pages rendered after a failed rebuild");
        File.WriteAllText(person, personText);
    }

    [Fact]
    public void A_template_that_fails_at_render_time_fails_the_rebuild_though_its_pages_are_deferred()
    {
        var session = new IncrementalSiteBuild(new BuildOptions()) { DeferPagesAbove = 5 };
        session.Rebuild(Config(Output));
        var before = TestSite.Tree(Output);
        var layout = _temp.Combine("templates", "layout.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "{{ page.no_such_thing.deeper }}</body>", StringComparison.Ordinal));

        Assert.Throws<StaticChronicle.Diagnostics.DiagnosticException>(() => session.Rebuild(Config(Output)));

        AssertSameTree(before, TestSite.Tree(Output), "a failing layout");
        Assert.Equal(0, session.DeferredPages);
    }

    [Fact]
    public void A_configuration_change_starts_the_session_over()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        Apply("configuration changed");

        var result = session.Rebuild(Config(Output));

        Assert.Equal(2, session.FullBuilds);
        Assert.Equal(Seeds.Length, result.SeedsExtracted);
    }

    [Fact]
    public void A_broken_seed_fails_the_rebuild_leaves_the_site_and_the_fix_is_one_seed_again()
    {
        var session = new IncrementalSiteBuild(new BuildOptions());
        session.Rebuild(Config(Output));
        var before = TestSite.Tree(Output);
        var seed = Seeds[2];
        var text = File.ReadAllText(seed);
        File.WriteAllBytes(seed, [0xff, 0xfe, 0x00]);

        Assert.Throws<StaticChronicle.Diagnostics.DiagnosticException>(() => session.Rebuild(Config(Output)));
        AssertSameTree(before, TestSite.Tree(Output), "a broken seed");

        File.WriteAllText(seed, text);
        var result = session.Rebuild(Config(Output));
        Assert.Equal(1, result.SeedsExtracted);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "the fix");
    }

    [Fact]
    public void A_new_session_starts_from_the_on_disk_extraction_cache_when_asked_to()
    {
        SiteBuild.FromSeeds(Config(_temp.Combine("built")), new BuildOptions { UseCache = true });

        var result = new IncrementalSiteBuild(new BuildOptions { UseCache = true }).Rebuild(Config(Output));

        Assert.Equal(0, result.SeedsExtracted);
        Assert.Equal(Seeds.Length, result.SeedsReused);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a first build from the cache");
    }

    [Fact]
    public void A_session_started_from_the_on_disk_cache_takes_the_body_only_path_on_its_first_edit()
    {
        SiteBuild.FromSeeds(Config(_temp.Combine("built")), new BuildOptions { UseCache = true });
        var session = new IncrementalSiteBuild(new BuildOptions { UseCache = true });
        session.Rebuild(Config(Output));

        var file = Seeds[1];
        File.WriteAllText(file, File.ReadAllText(file).Replace("consistent policy", "long-standing and consistent policy", StringComparison.Ordinal));
        var result = session.Rebuild(Config(Output));

        Assert.True(session.OnlyBodiesChanged);
        Assert.Equal(1, result.PagesRendered);
        AssertSameTree(CleanTree(), TestSite.Tree(Output), "a first edit in a session started from the cache");
    }
}
