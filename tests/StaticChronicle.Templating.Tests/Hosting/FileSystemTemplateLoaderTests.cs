using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Tests.Hosting;

public sealed class FileSystemTemplateLoaderTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Render(string text, object? model = null)
    {
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(_folder.Root) };
        var globals = new ScriptObject();
        if (model is not null)
        {
            globals.Import(model);
        }

        context.PushGlobal(globals);
        var template = Template.Parse(text, "page.sbn-html");
        Assert.False(template.HasErrors, template.Messages.ToString());
        return template.Render(context);
    }

    [Fact]
    public void Include_renders_a_partial_from_a_subfolder_with_the_page_variables_and_arguments()
    {
        _folder.Write("partials/greeting.sbn-html", "Hello {{ name }} ({{ $0 }})");

        var html = Render("<p>{{ include 'partials/greeting.sbn-html' 'first' }}</p>", new { Name = "Lan" });

        Assert.Equal("<p>Hello Lan (first)</p>", html);
    }

    [Theory]
    [InlineData("../outside/secret.txt", "`..` is not allowed")]
    [InlineData("partials/../../outside/secret.txt", "`..` is not allowed")]
    [InlineData("/etc/passwd", "absolute paths are not allowed")]
    public void Include_refuses_paths_that_leave_the_templates_folder(string name, string reason)
    {
        _folder.WriteOutside("secret.txt", "secret");

        var error = Assert.Throws<ScriptRuntimeException>(() => Render($"line one\n  {{{{ include '{name}' }}}}"));

        Assert.StartsWith("page.sbn-html(2,6) : error : Include path", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_refuses_a_symbolic_link_that_points_outside_the_templates_folder()
    {
        var target = _folder.WriteOutside("secret.txt", "secret");
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "link.sbn-html"), target);

        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'link.sbn-html' }}"));

        Assert.Equal("page.sbn-html(1,4) : error : Include path `link.sbn-html` leads outside the templates folder (through a symbolic link)", error.Message);
    }

    [Fact]
    public void Include_of_a_missing_template_is_a_positioned_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("a\n{{ include 'partials/nope.sbn-html' }}"));

        Assert.Equal("page.sbn-html(2,4) : error : Include template `partials/nope.sbn-html` was not found", error.Message);
    }

    [Fact]
    public void A_partial_with_a_syntax_error_reports_its_own_file_and_position()
    {
        _folder.Write("broken.sbn-html", "ok\n{{ if true }}never closed");

        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'broken.sbn-html' }}"));

        Assert.Contains("Include template `broken.sbn-html` has errors", error.Message, StringComparison.Ordinal);
        Assert.Contains("broken.sbn-html(2,14) : error : Error while parsing if statement: The <end> statement was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_template_cache_parses_each_partial_once_for_many_renders()
    {
        _folder.Write("item.sbn-html", "[{{ $0 }}]");
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<string, Template>();
        var loader = new FileSystemTemplateLoader(_folder.Root);
        var page = Template.Parse("{{ include 'item.sbn-html' n }}", "page");

        var outputs = Enumerable.Range(0, 3).Select(n =>
        {
            var context = new TemplateContext { TemplateLoader = loader, CachedTemplates = cache };
            context.PushGlobal(new ScriptObject { ["n"] = n });
            return page.Render(context);
        }).ToList();

        Assert.Equal(["[0]", "[1]", "[2]"], outputs);
        var cached = Assert.Single(cache);
        Assert.Same(cached.Value, cache[Path.Combine(_folder.Root, "item.sbn-html")]);
    }
}
