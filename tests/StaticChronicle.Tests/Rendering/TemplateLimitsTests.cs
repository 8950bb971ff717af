using System.Diagnostics;
using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Rendering;

/// <summary>A template cannot hang a build or exhaust its memory: each runaway ends within seconds in a positioned error.</summary>
public sealed class TemplateLimitsTests : IDisposable
{
    // Each stops in about a second on a quiet machine; the bound is wide because the test machine is shared
    // (ten times slower under load), and what it catches is a hang or a memory blow-up.
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(90);

    // The counters are what these tests are about: the render-time backstop is out of their way.
    private static readonly TemplateLimits Counters = TemplateLimits.Default with { RenderTime = TimeSpan.FromHours(1) };

    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ITemplateRenderer Load(string page, TemplateLimits? limits = null)
    {
        _folder.Write("page.sbn-html", page);
        return ScribanTemplates.Load(_folder.Root, limits ?? Counters);
    }

    private static Dictionary<string, object?> Globals(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private (Diagnostic Problem, TimeSpan Took) Fails(string page, TemplateLimits? limits = null, Dictionary<string, object?>? globals = null)
    {
        var templates = Load(page, limits);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<DiagnosticException>(() => templates.Render("page.sbn-html", globals ?? Globals()));
        var problem = Assert.Single(error.Diagnostics);
        Assert.EndsWith("templates/page.sbn-html", problem.File, StringComparison.Ordinal);
        return (problem, clock.Elapsed);
    }

    [Fact]
    public void Nested_loops_of_a_million_by_a_million_stop_at_the_loop_limit_within_seconds()
    {
        var (problem, took) = Fails("<ul>\n{{ for i in 1..1000000 }}{{ for j in 1..1000000 }}{{ end }}{{ end }}</ul>");

        // Scriban counts the iterations of nested loops together, so the inner loop reaches the limit.
        Assert.Equal((2, 29), (problem.Line, problem.Column));
        Assert.StartsWith("Exceeding number of iteration limit `10000000` for loop statement.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("templates/README.md", problem.Message, StringComparison.Ordinal);
        Assert.True(took < Seconds, $"took {took}");
    }

    [Fact]
    public void A_loop_of_ten_thousand_items_with_inner_loops_is_well_inside_the_limit()
    {
        var templates = Load("{{ n = 0 }}{{ for i in 1..10000 }}{{ for j in 1..20 }}{{ n = n + 1 }}{{ end }}{{ end }}{{ n }}");

        Assert.Equal("200000", templates.Render("page.sbn-html", Globals()));
    }

    [Fact]
    public void Squaring_a_number_forty_times_stops_at_the_integer_limit_within_seconds()
    {
        var squarings = string.Concat(Enumerable.Repeat("{{ x = x * x }}", 40));
        var (problem, took) = Fails("{{ x = 3 }}" + squarings + "{{ x }}");

        Assert.Equal(1, problem.Line);
        Assert.Contains("exceeds the maximum supported integer magnitude", problem.Message, StringComparison.Ordinal);
        Assert.True(took < Seconds, $"took {took}");
    }

    [Fact]
    public void A_page_of_a_gigabyte_stops_at_the_page_limit_within_seconds()
    {
        var (problem, took) = Fails("<main>\n{{ while true }}xxxxxxxxxx{{ end }}\n</main>");

        Assert.Equal(2, problem.Line);
        Assert.StartsWith("Rendered output exceeds OutputLimit `16777216`.", problem.Message, StringComparison.Ordinal);
        Assert.True(took < Seconds, $"took {took}");
    }

    [Fact]
    public void A_page_buffer_handed_to_the_layout_counts_toward_the_page_limit()
    {
        var limits = Counters with { PageCharacters = 100 };
        var (problem, _) = Fails("<html>\n  {{ content }}\n</html>", limits, Globals(("content", new StringBuilder(new string('x', 95)))));

        Assert.Equal((2, 6), (problem.Line, problem.Column));
        Assert.StartsWith("Rendered output exceeds OutputLimit `100`.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_longer_than_scribans_default_1_MiB_is_written_whole()
    {
        // Scriban's default LimitToString would cut it at 1 MiB and append "..." without a word.
        var text = new string('a', 3 << 20);
        var templates = Load("{{ body }}|{{ body | string.size }}|{{ body + 'b' | string.size }}");

        var html = templates.Render("page.sbn-html", Globals(("body", text)));

        Assert.Equal(text + "|3145728|3145729", html);
    }

    [Theory]
    [InlineData("{{ x = 'abcdefgh' }}{{ for i in 1..40 }}{{ x = x + x }}{{ end }}")]
    [InlineData("{{ x = 'abcdefgh' }}{{ for i in 1..40 }}{{ x = $\"{x}{x}\" }}{{ end }}")]
    [InlineData("{{ x = 'abcdefgh' }}{{ for i in 1..40 }}{{ x = x | string.append x }}{{ end }}")]
    public void A_string_that_doubles_forty_times_stops_at_the_string_limit_within_seconds(string page)
    {
        var (problem, took) = Fails(page);

        Assert.Equal(1, problem.Line);
        Assert.Contains("LimitToString `16777216`", problem.Message, StringComparison.Ordinal);
        Assert.True(took < Seconds, $"took {took}");
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var (problem, _) = Fails("{{ func f }}{{ f }}{{ end }}\n{{ f }}");

        Assert.StartsWith("Exceeding number of recursive depth limit `100`", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophically_backtracking_regular_expression_times_out()
    {
        var (problem, took) = Fails("{{ text | regex.match '^(a+)+$' }}", globals: Globals(("text", new string('a', 40) + "b")));

        Assert.Equal((1, 11), (problem.Line, problem.Column));
        Assert.StartsWith("The Regex engine has timed out", problem.Message, StringComparison.Ordinal);
        Assert.True(took < Seconds, $"took {took}");
    }

    [Fact]
    public void A_loop_of_costly_steps_under_the_iteration_limit_stops_at_the_render_time_limit_and_the_next_page_renders()
    {
        var limits = TemplateLimits.Default with { RenderTime = TimeSpan.FromMilliseconds(300) };
        _folder.Write("ok.sbn-html", "fine");
        var templates = Load("{{ for i in 1..9000000 }}{{ x = 'abcdefghij' | string.replace 'e' 'E' | string.upcase }}{{ end }}", limits);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DiagnosticException>(() => templates.Render("page.sbn-html", Globals()));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((1, 4), (problem.Line, problem.Column));
        Assert.StartsWith("rendering took longer than 0.3 s and was stopped.", problem.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < Seconds, $"took {clock.Elapsed}");
        Assert.Equal("fine", templates.Render("ok.sbn-html", Globals()));
    }
}
