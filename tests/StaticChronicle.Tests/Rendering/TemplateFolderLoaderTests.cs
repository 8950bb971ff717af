using StaticChronicle.Diagnostics;
using StaticChronicle.Rendering;

namespace StaticChronicle.Tests.Rendering;

public sealed class TemplateFolderLoaderTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Diagnostic RenderFails(string page)
    {
        _folder.Write("page.sbn-html", page);
        var templates = ScribanTemplates.Load(_folder.Root);
        var error = Assert.Throws<DiagnosticException>(() => templates.Render("page.sbn-html", new Dictionary<string, object?>()));
        return Assert.Single(error.Diagnostics);
    }

    [Fact]
    public void An_include_renders_a_partial_from_a_subfolder_with_the_page_globals_and_its_arguments_from_1()
    {
        // Scriban's include passes the template's name as $0 and the arguments as $1, $2…
        _folder.Write("partials/greeting.sbn-html", "Hello {{ name }} ({{ $1 }}, {{ $2 }}; {{ $0 }})");
        _folder.Write("page.sbn-html", "<p>{{ include 'partials/greeting.sbn-html' 'first' 2 }}</p>");
        var templates = ScribanTemplates.Load(_folder.Root);

        var html = templates.Render("page.sbn-html", new Dictionary<string, object?> { ["name"] = "Lan" });

        Assert.Equal("<p>Hello Lan (first, 2; partials/greeting.sbn-html)</p>", html);
    }

    [Theory]
    [InlineData("../outside/secret.txt", "`..` is not allowed")]
    [InlineData("partials/../../outside/secret.txt", "`..` is not allowed")]
    [InlineData("/etc/passwd", "absolute paths are not allowed")]
    public void An_include_that_would_leave_the_templates_folder_is_a_positioned_error(string name, string reason)
    {
        _folder.WriteOutside("secret.txt", "secret");

        var problem = RenderFails($"line one\n  {{{{ include '{name}' }}}}");

        Assert.EndsWith("templates/page.sbn-html", problem.File, StringComparison.Ordinal);
        Assert.Equal((2, 6), (problem.Line, problem.Column));
        Assert.StartsWith($"Include path `{name}`", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_through_a_symbolic_link_that_leads_out_is_a_positioned_error()
    {
        var target = _folder.WriteOutside("secret.txt", "secret");
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "partials", "link.sbn-html"), target);

        var problem = RenderFails("{{ include 'partials/link.sbn-html' }}");

        Assert.Equal((1, 4), (problem.Line, problem.Column));
        Assert.Equal("Include path `partials/link.sbn-html` leads outside the templates folder (through a symbolic link)", problem.Message);
    }

    [Fact]
    public void A_linked_folder_inside_the_templates_folder_is_allowed()
    {
        _folder.Write("partials/real.sbn-html", "inside");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "alias"), Path.Combine(_folder.Root, "partials"));
        _folder.Write("page.sbn-html", "{{ include 'alias/real.sbn-html' }}");

        Assert.Equal("inside", ScribanTemplates.Load(_folder.Root).Render("page.sbn-html", new Dictionary<string, object?>()));
    }

    [Fact]
    public void An_include_of_a_missing_template_is_a_positioned_error()
    {
        var problem = RenderFails("a\n{{ include 'partials/nope.sbn-html' }}");

        Assert.Equal((2, 4), (problem.Line, problem.Column));
        Assert.Contains("partials/nope.sbn-html", problem.Message, StringComparison.Ordinal);
    }
}
