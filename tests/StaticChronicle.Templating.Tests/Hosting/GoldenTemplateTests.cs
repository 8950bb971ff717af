using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Testing;

namespace StaticChronicle.Templating.Tests.Hosting;

/// <summary>A page-like template (layout parts, loop, escaping, dates, include with arguments) against its approved output.</summary>
public sealed class GoldenTemplateTests
{
    private static string GoldenFolder => Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.Templating.Tests", "Hosting", "Golden");

    internal sealed record Article(string Title, string Url, DateTime PublishedOn, IReadOnlyList<string> People);

    internal static ScriptObject Model(int articleCount) => new()
    {
        ["site"] = new ScriptObject { ["title"] = "Vietnam & Japan", ["base_url"] = "/vn-jp/" },
        ["page"] = new ScriptObject { ["title"] = "Timeline <2023>" },
        ["articles"] = Enumerable.Range(1, articleCount)
            .Select(i => new Article($"Article {i} <b>\"quoted\"</b>", $"/vn-jp/articles/{i}/", new DateTime(2023, 9, i % 28 + 1), i % 2 == 0 ? ["Kishida Fumio", "Võ Văn Thưởng"] : []))
            .ToList(),
    };

    internal static string Render(Template page, ScriptObject model, FileSystemTemplateLoader loader, IDictionary<string, Template> cache)
    {
        var context = new TemplateContext { TemplateLoader = loader, CachedTemplates = cache };
        context.PushGlobal(model);
        return page.Render(context);
    }

    [Fact]
    public void The_page_template_renders_its_approved_html()
    {
        var page = Template.Parse(File.ReadAllText(Path.Combine(GoldenFolder, "page.sbn-html")), "page.sbn-html");
        Assert.False(page.HasErrors, page.Messages.ToString());

        var html = Render(page, Model(3), new FileSystemTemplateLoader(GoldenFolder), new Dictionary<string, Template>());

        Snapshot.Verify(html, "html");
    }
}
