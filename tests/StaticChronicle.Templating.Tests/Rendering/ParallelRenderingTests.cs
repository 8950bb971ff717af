using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Tests.Rendering;

public sealed class ParallelRenderingTests
{
    [Fact]
    public void One_parsed_template_renders_many_models_in_parallel_without_interference()
    {
        var template = Template.Parse("{{ for i in 1..count }}{{ name }}{{ i }}{{ if !for.last }},{{ end }}{{ end }}|{{ array.cycle ['a', 'b'] }}{{ array.cycle ['a', 'b'] }}");
        var results = new string[500];

        Parallel.For(0, results.Length, n =>
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["name"] = "n" + n, ["count"] = (n % 5) + 1 });
            results[n] = template.Render(context);
        });

        for (var n = 0; n < results.Length; n++)
        {
            var expected = string.Join(",", Enumerable.Range(1, (n % 5) + 1).Select(i => $"n{n}{i}")) + "|ab";
            Assert.Equal(expected, results[n]);
        }
    }

    [Fact]
    public void A_context_can_render_several_templates_one_after_the_other()
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject());

        Assert.Equal("1", Template.Parse("{{ x = 1 }}{{ x }}").Render(context));
        Assert.Equal("1-2", Template.Parse("{{ x }}-{{ x = 2; x }}").Render(context));
    }
}
