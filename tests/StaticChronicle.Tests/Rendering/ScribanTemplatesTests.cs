using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Rendering;

public sealed class ScribanTemplatesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sc-scriban-" + Guid.NewGuid().ToString("N"));

    public ScribanTemplatesTests() => Directory.CreateDirectory(Path.Combine(_root, "partials"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_root, name), text);

    private sealed record Article(string Title, DateTime PublishedOn);

    [Fact]
    public void Renders_a_template_with_globals_and_a_partial()
    {
        Write("article.sbn-html", "{{ include 'partials/head.sbn-html' }}<h1>{{ article.title | html.escape }}</h1><time>{{ article.published_on | date.to_string '%F' }}</time>");
        Write("partials/head.sbn-html", "<title>{{ site }}</title>");
        var templates = ScribanTemplates.Load(_root);

        var html = templates.Render("article.sbn-html", new Dictionary<string, object?>
        {
            ["site"] = "VN–JP",
            ["article"] = new Article("<script>", new DateTime(2023, 9, 21)),
        });

        Assert.True(templates.HasTemplate("partials/head.sbn-html"));
        Assert.False(templates.HasTemplate("missing.sbn-html"));
        Assert.Equal("<title>VN–JP</title><h1>&lt;script&gt;</h1><time>2023-09-21</time>", html);
    }

    [Fact]
    public void Html_escape_keeps_letters_and_the_other_html_builtins_are_still_there()
    {
        Write("page.sbn-html", "{{ name | html.escape }}|{{ '<b>bold</b>' | html.strip }}|{{ 'a b' | html.url_encode }}");
        var html = ScribanTemplates.Load(_root).Render("page.sbn-html", new Dictionary<string, object?> { ["name"] = "Ngô Phú <Thảo>" });

        Assert.Equal("Ngô Phú &lt;Thảo&gt;|bold|a%20b", html);
    }

    /// <summary>html.escape is called directly, not through a delegate: values that are not text still come out as Scriban prints them.</summary>
    [Fact]
    public void Html_escape_prints_numbers_flags_and_nothing_as_scriban_does_and_a_wrong_call_is_an_error_with_its_place()
    {
        Write("page.sbn-html", "{{ count | html.escape }}|{{ flag | html.escape }}|{{ missing | html.escape }}|{{ html.escape \"a & b\" }}");
        Write("wrong.sbn-html", "ok\n{{ html.escape 'a' 'b' }}");
        var templates = ScribanTemplates.Load(_root);

        var html = templates.Render("page.sbn-html", new Dictionary<string, object?> { ["count"] = 1234.5, ["flag"] = true });
        var error = Assert.Throws<DiagnosticException>(() => templates.Render("wrong.sbn-html", new Dictionary<string, object?>()));

        Assert.Equal("1234.5|true||a &amp; b", html);
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("html.escape", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parse_error_of_every_template_is_reported_at_once()
    {
        Write("a.sbn-html", "{{ if true }}never closed");
        Write("partials/b.sbn-html", "ok\n{{ 1 + }}");

        var error = Assert.Throws<DiagnosticException>(() => ScribanTemplates.Load(_root));

        Assert.Equal(2, error.Diagnostics.Count);
        Assert.EndsWith("a.sbn-html", error.Diagnostics[0].File, StringComparison.Ordinal);
        Assert.Equal((1, 14), (error.Diagnostics[0].Line, error.Diagnostics[0].Column));
        Assert.EndsWith("partials/b.sbn-html", error.Diagnostics[1].File, StringComparison.Ordinal);
        Assert.Equal((2, 8), (error.Diagnostics[1].Line, error.Diagnostics[1].Column));
    }

    [Fact]
    public void A_runtime_error_in_a_partial_names_the_partial_and_position()
    {
        Write("page.sbn-html", "{{ include 'partials/broken.sbn-html' }}");
        Write("partials/broken.sbn-html", "line\n  {{ nothing.here }}");
        var templates = ScribanTemplates.Load(_root);

        var error = Assert.Throws<DiagnosticException>(() => templates.Render("page.sbn-html", new Dictionary<string, object?>()));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith("partials/broken.sbn-html", diagnostic.File, StringComparison.Ordinal);
        Assert.Equal((2, 14), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Cannot get the member nothing.here for a null object.", diagnostic.Message);
    }

    [Fact]
    public void A_multi_line_value_after_leading_spaces_comes_out_as_it_is()
    {
        // Scriban's AutoIndent would put the six spaces before every line of the body, inside the <pre> too.
        Write("article.sbn-html", "<article>\n      {{ body_html }}\n</article>");
        const string body = "<p>Lede.</p>\n<pre><code>first line\n    indented four\n\tand a tab\n</code></pre>\n";

        var html = ScribanTemplates.Load(_root).Render("article.sbn-html", new Dictionary<string, object?> { ["body_html"] = body });

        Assert.Equal("<article>\n      " + body + "\n</article>", html);
    }

    [Fact]
    public void A_render_appends_to_the_callers_buffer_and_writes_a_buffer_value_as_its_text()
    {
        Write("layout.sbn-html", "<main>{{ content }}</main>");
        var output = new StringBuilder("<!doctype html>");

        ScribanTemplates.Load(_root).Render("layout.sbn-html", new Dictionary<string, object?> { ["content"] = new StringBuilder("<p>page</p>") }, output);

        Assert.Equal("<!doctype html><main><p>page</p></main>", output.ToString());
    }

    [Fact]
    public void Pages_render_in_parallel_without_seeing_each_others_variables()
    {
        Write("page.sbn-html", "{{ for i in 1..count }}{{ name }}{{ i }}{{ if !for.last }},{{ end }}{{ end }}{{ include 'partials/tail.sbn-html' }}");
        Write("partials/tail.sbn-html", "|{{ seen ?? 'first' }}{{ seen = name }}");
        var templates = ScribanTemplates.Load(_root);
        var results = new string[400];

        Parallel.For(0, results.Length, n =>
            results[n] = templates.Render("page.sbn-html", new Dictionary<string, object?> { ["name"] = "n" + n, ["count"] = (n % 5) + 1 }));

        for (var n = 0; n < results.Length; n++)
        {
            Assert.Equal(string.Join(",", Enumerable.Range(1, (n % 5) + 1).Select(i => $"n{n}{i}")) + "|first", results[n]);
        }
    }

    [Fact]
    public void A_failed_render_leaves_nothing_behind_for_the_next_page()
    {
        Write("broken.sbn-html", "{{ left = 'over' }}{{ capture c }}in capture {{ nothing.here }}{{ end }}");
        Write("page.sbn-html", "[{{ left }}]{{ 1 + 1 }}");
        var templates = ScribanTemplates.Load(_root);

        Assert.Throws<DiagnosticException>(() => templates.Render("broken.sbn-html", new Dictionary<string, object?>()));
        var output = new StringBuilder();
        templates.Render("page.sbn-html", new Dictionary<string, object?>(), output);

        Assert.Equal("[]2", output.ToString());
    }

    [Theory]
    [InlineData("{{ text[5] }}", 4)]
    [InlineData("{{ items[5] }}", 4)]
    [InlineData("{{ text | string.slice 1 (-1) }}", 26)]
    public void Scribans_own_rules_for_indexes_and_slices_apply(string page, int column)
    {
        // Where the in-house engine printed nothing, Scriban stops at the expression: an index past the end of a
        // string or of a list from the model, and a negative slice length. A negative index counts from the end.
        Write("ok.sbn-html", "[{{ items[-1] }}][{{ text | string.slice 1 2 }}][{{ text | string.slice (-2) }}][{{ items | array.last }}]");
        Write("page.sbn-html", page);
        var templates = ScribanTemplates.Load(_root);
        var globals = new Dictionary<string, object?> { ["items"] = new[] { 1, 2 }, ["text"] = "abc" };

        Assert.Equal("[2][bc][bc][2]", templates.Render("ok.sbn-html", globals));
        var problem = Assert.Single(Assert.Throws<DiagnosticException>(() => templates.Render("page.sbn-html", globals)).Diagnostics);
        Assert.Equal((1, column), (problem.Line, problem.Column));
        Assert.DoesNotContain('\n', problem.Message);
    }
}
