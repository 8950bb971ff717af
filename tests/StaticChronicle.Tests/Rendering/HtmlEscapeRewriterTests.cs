using Scriban;
using Scriban.Syntax;
using StaticChronicle.Rendering;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Rendering;

public sealed class HtmlEscapeRewriterTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ScriptPage Parse(string text) => Template.Parse(text).Page!;

    private sealed record Person(string Name, Person? Boss);

    [Theory]
    [InlineData("{{ name | html.escape }}", 1)]
    [InlineData("{{ person.boss.name | html.escape }}", 1)]
    [InlineData("{{ 'x' + (name | html.escape) }}", 1)]
    [InlineData("{{ shown = name | html.escape }}{{ shown }}", 1)]
    [InlineData("{{ if (name | html.escape) == '' }}none{{ end }}", 1)]
    [InlineData("{{ name | string.upcase | html.escape }}", 0)]
    [InlineData("{{ name | html.strip }}", 0)]
    [InlineData("{{ items[0] | html.escape }}", 0)]
    [InlineData("{{ html.escape name }}", 0)]
    public void Replaces_only_a_path_piped_into_html_escape(string text, int replaced)
    {
        Assert.Equal(replaced, HtmlEscapeRewriter.Rewrite([Parse(text)]));
    }

    [Theory]
    [InlineData("{{ for html in items }}{{ html }}{{ end }}")]
    [InlineData("{{ html = 'mine' }}")]
    [InlineData("{{ html.escape = 'mine' }}")]
    [InlineData("{{ capture html }}x{{ end }}")]
    public void A_template_that_binds_html_itself_turns_the_rewrite_off_for_the_whole_set(string rebinding)
    {
        Assert.Equal(0, HtmlEscapeRewriter.Rewrite([Parse("{{ name | html.escape }}"), Parse(rebinding)]));
    }

    [Fact]
    public void Rewritten_pipes_render_what_scribans_pipe_rendered()
    {
        // The expected text is written out by hand: escaped as HtmlText escapes (letters kept, & < > " escaped),
        // values that are not text as Scriban prints them, nothing as nothing.
        _folder.Write("page.sbn-html", string.Join('|',
            "{{ name | html.escape }}",
            "{{ person.boss.name | html.escape }}",
            "{{ count | html.escape }}{{ flag | html.escape }}{{ missing | html.escape }}",
            "{{ '[' + (name | html.escape) + ']' }}",
            "{{ shown = person.name | html.escape }}{{ shown }}",
            "{{ if (missing | html.escape) == '' }}empty{{ end }}",
            "{{ for p in people }}{{ p.name | html.escape }};{{ end }}"));
        var templates = ScribanTemplates.Load(_folder.Root);
        var boss = new Person("Ngô & \"Phú\"", null);

        var html = templates.Render("page.sbn-html", new Dictionary<string, object?>
        {
            ["name"] = "Thảo <b>",
            ["person"] = new Person("Kishida <F>", boss),
            ["people"] = new[] { boss, new Person("Lê", null) },
            ["count"] = 12.5,
            ["flag"] = false,
        });

        Assert.Equal("Thảo &lt;b&gt;|Ngô &amp; &quot;Phú&quot;|12.5false|[Thảo &lt;b&gt;]|Kishida &lt;F&gt;|empty|Ngô &amp; &quot;Phú&quot;;Lê;", html);
    }

    [Fact]
    public void Most_escapes_in_the_repositorys_templates_are_rewritten()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Templates, "*.sbn-html", SearchOption.AllDirectories).ToList();
        var pages = files.Select(f => Template.Parse(File.ReadAllText(f), f).Page!).ToList();
        var written = files.Sum(f => CountOf(File.ReadAllText(f), "| html.escape"));

        var replaced = HtmlEscapeRewriter.Rewrite(pages);

        // The rest pipe a call's result (`| array.join ", " | html.escape`), which stays Scriban's own pipe.
        Assert.InRange(replaced, written * 9 / 10, written);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
