using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Tests.Hosting;

public sealed class MemberRenamingTests
{
    private sealed record Article(string Title, DateTime PublishedOn, IReadOnlyList<string> PeopleNamed, string HTMLSummary);

    [Theory]
    [InlineData("PublishedOn", "published_on")]
    [InlineData("Title", "title")]
    [InlineData("HTMLSummary", "html_summary")]
    [InlineData("Url2Html", "url2_html")]
    [InlineData("already_snake", "already_snake")]
    public void Dotnet_member_names_become_snake_case(string name, string expected) =>
        Assert.Equal(expected, StandardMemberRenamer.Rename(name));

    [Fact]
    public void A_dotnet_model_is_read_with_scriban_member_names()
    {
        var article = new Article("Ties at 50", new DateTime(2023, 9, 21), ["Võ Văn Thưởng", "Kishida Fumio"], "<b>x</b>");
        var template = Template.Parse("{{ title }} / {{ published_on | date.to_string '%Y-%m-%d' }} / {{ people_named | array.join ', ' }} / {{ people_named.size }} / {{ html_summary | html.escape }}");

        Assert.Equal("Ties at 50 / 2023-09-21 / Võ Văn Thưởng, Kishida Fumio / 2 / &lt;b&gt;x&lt;/b&gt;", template.Render(article));
    }

    [Fact]
    public void Nested_objects_and_dictionaries_are_reachable()
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject
        {
            ["site"] = new Dictionary<string, object?> { ["title"] = "Chronicle", ["counts"] = new Dictionary<string, object?> { ["articles"] = 5 } },
            ["article"] = new Article("A", new DateTime(2024, 1, 2), [], ""),
        });
        var template = Template.Parse("{{ site.title }}:{{ site.counts.articles }}:{{ article.published_on.year }}:{{ article.missing }}:{{ site.nothing?.deeper }}");

        Assert.Equal("Chronicle:5:2024::", template.Render(context));
    }

    [Fact]
    public void A_custom_member_renamer_is_honoured()
    {
        var context = new TemplateContext { MemberRenamer = member => member.Name };
        context.PushGlobal(new ScriptObject { ["a"] = new Article("Kept", DateTime.MinValue, [], "") });

        Assert.Equal("Kept", Template.Parse("{{ a.Title }}").Render(context));
    }
}
