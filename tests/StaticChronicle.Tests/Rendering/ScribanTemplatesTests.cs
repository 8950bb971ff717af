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
}
