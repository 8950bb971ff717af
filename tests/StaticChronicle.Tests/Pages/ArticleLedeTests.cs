using StaticChronicle.Build;
using StaticChronicle.Rendering;
using StaticChronicle.Site;
using StaticChronicle.Testing;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Pages;

/// <summary>
/// The lede under an article's headline is its summary, which extraction makes from the first paragraph: a reader
/// should not read the same sentence twice, so the page shows it only when the body does not begin with it.
/// </summary>
public sealed class ArticleLedeTests
{
    private static readonly ITemplateRenderer Templates = ScribanTemplates.Load(RepositoryPaths.Templates);

    private const string Talks = "The two foreign ministers held talks in Tokyo on ways to deepen the partnership in trade and labour.";

    private static string RenderArticle(string summary, string body, bool titleGenerated = false)
    {
        // The sample article dated 2022-05-01 has a headline of its own (the lede is never shown under a generated one).
        var seed = SampleSite.Articles[0] with { Summary = summary, Body = body, TitleGenerated = titleGenerated };
        var model = SiteModelBuilder.Build(SampleSite.Config(), [seed, .. SampleSite.Articles.Skip(1)]);
        var job = PagePlanner.Plan(model).Single(j => j.Template == "article.sbn-html" && j.OutputPath.Contains(seed.Slug, StringComparison.Ordinal));
        return new PageRenderer(Templates, model.Info).Render(job);
    }

    public static TheoryData<string, string> Repeated => new()
    {
        { "the first paragraph is the summary", Talks + "\n\nThey also discussed the visit of a business delegation.\n" },
        { "a dateline stands before it", "TOKYO (VNA) – " + Talks + "\n\nThey also discussed the visit of a business delegation.\n" },
        { "the summary is the paragraph's first sentence", Talks + " Both sides welcomed the growth of two-way trade last year.\n" },
        { "the paragraph breaks its lines differently", "The two foreign ministers held talks in Tokyo\non ways to deepen the partnership  in trade and labour.\n" },
        { "a subheading comes first", "## Talks in Tokyo\n\n" + Talks + "\n" },
    };

    [Theory]
    [MemberData(nameof(Repeated))]
    public void The_lede_is_left_out_when_the_body_begins_with_it(string why, string body)
    {
        var html = RenderArticle(Talks, body);

        Assert.False(html.Contains("class=\"lede\"", StringComparison.Ordinal), $"{why}: the lede repeats the body");
        Assert.Contains("<p>", html, StringComparison.Ordinal);
        // The summary stays the page's description for search engines and link previews.
        Assert.Contains($"<meta name=\"description\" content=\"{Talks}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_cut_short_with_an_ellipsis_is_still_the_start_of_the_paragraph()
    {
        var html = RenderArticle("The two foreign ministers held talks in Tokyo on ways to deepen…", Talks + "\n");

        Assert.DoesNotContain("class=\"lede\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_escaped_in_the_markdown_body_compares_as_the_reader_sees_it()
    {
        const string summary = "Officials said the 2 [two] sides would sign a <memorandum> on R&D * before the end of the year.";

        var html = RenderArticle(summary, MarkdownBodyOf(summary) + "\n\nThe signing is planned for Hanoi.\n");

        Assert.DoesNotContain("class=\"lede\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_the_body_does_not_begin_with_is_shown_as_the_lede()
    {
        // An editor's summary in front matter says what the first paragraph does not.
        const string summary = "Tokyo and Hanoi agree to double the number of technical interns by 2030.";

        var html = RenderArticle(summary, Talks + "\n\nThe number of technical interns is to double by 2030.\n");

        Assert.Contains($"<p class=\"lede\">{summary}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_found_only_in_a_later_paragraph_is_still_shown()
    {
        // Only what the reader meets right below the headline counts as already read.
        var html = RenderArticle(Talks, "The ministers met on Monday morning.\n\n" + Talks + "\n");

        Assert.Contains($"<p class=\"lede\">{Talks}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_begins_with_a_quotation_or_a_list_keeps_the_lede()
    {
        var html = RenderArticle(Talks, "> " + Talks + "\n");

        Assert.Contains($"<p class=\"lede\">{Talks}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_headline_written_from_the_first_sentence_there_is_no_lede()
    {
        var html = RenderArticle("A summary that differs from the body.", Talks + "\n", titleGenerated: true);

        Assert.DoesNotContain("class=\"lede\"", html, StringComparison.Ordinal);
    }

    private static string MarkdownBodyOf(string text) =>
        StaticChronicle.Extraction.Body.MarkdownBody.Escape(text);
}
