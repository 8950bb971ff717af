using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Tests.Errors;

/// <summary>A bad template never crashes or hangs the build: it fails with a message pointing into the template.</summary>
public sealed class BadTemplateTests
{
    private static string RenderError(string text, Action<TemplateContext>? configure = null)
    {
        var template = Template.Parse(text, "page.sbn-html");
        Assert.False(template.HasErrors, template.Messages.ToString());
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject());
        configure?.Invoke(context);
        return Assert.Throws<ScriptRuntimeException>(() => template.Render(context)).Message;
    }

    [Fact]
    public void An_unterminated_block_is_a_parse_error_at_the_end_of_the_template()
    {
        var template = Template.Parse("<ul>\n{{ for item in items }}\n  <li>{{ item }}</li>\n", "list.sbn-html");

        Assert.True(template.HasErrors);
        Assert.Equal("list.sbn-html(3,17) : error : Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end", template.Messages.ToString());
    }

    [Fact]
    public void Several_parse_errors_are_reported_at_once()
    {
        var template = Template.Parse("{{ x = }}\n{{ 1 + }}\n{{ [1, 2 }}", "page");

        Assert.Equal(
            [
                "page(1,8) : error : Error while parsing assign expression: Expecting <expression> instead of `}}` in: <target_expression> = <value_expression>",
                "page(2,8) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>",
                "page(3,10) : error : Unexpected token found `}}` while expecting `]`.",
            ],
            template.Messages.Select(m => m.ToString()));
    }

    [Fact]
    public void Rendering_a_template_with_errors_is_refused()
    {
        var template = Template.Parse("{{ if }}", "page");

        Assert.Throws<InvalidOperationException>(() => template.Render(new TemplateContext()));
    }

    [Fact]
    public void An_unknown_function_is_a_runtime_error_at_the_call()
    {
        Assert.Equal("page.sbn-html(2,4) : error : The function `no_such_function` was not found", RenderError("ok\n{{ no_such_function 1 }}"));
    }

    [Fact]
    public void An_unknown_builtin_member_called_with_arguments_is_a_runtime_error()
    {
        Assert.Equal("page.sbn-html(1,4) : error : The function `string.no_such` was not found", RenderError("{{ string.no_such 'a' }}"));
    }

    [Fact]
    public void An_endless_while_loop_stops_at_the_loop_limit()
    {
        Assert.Equal("page.sbn-html(1,4) : error : Exceeding number of iteration limit `1000` for loop statement.", RenderError("{{ while true; 'x'; end }}"));
    }

    [Fact]
    public void The_loop_limit_is_configurable()
    {
        Assert.Equal("page.sbn-html(1,4) : error : Exceeding number of iteration limit `5` for loop statement.", RenderError("{{ for x in [1,2,3,4,5,6]; x; end }}", c => c.LoopLimit = 5));
    }

    [Fact]
    public void Deep_recursion_stops_at_the_recursion_limit()
    {
        Assert.Equal("page.sbn-html(1,21) : error : Exceeding number of recursive depth limit `100` for node: `f`", RenderError("{{ func f; ret 1 + (f); end; f }}"));
    }

    [Fact]
    public void A_template_that_writes_too_much_stops_at_the_output_limit()
    {
        var message = RenderError("{{ for i in 1..1000; 'xxxxxxxxxx'; end }}", c => c.OutputLimit = 5000);

        Assert.Equal("page.sbn-html(1,22) : error : The output exceeds the limit of 5000 characters (OutputLimit).", message);
    }

    [Fact]
    public void Member_access_on_null_names_the_expression()
    {
        Assert.Equal("page.sbn-html(1,13) : error : Cannot get the member page.title for a null object.", RenderError("{{ x = page.title }}"));
    }

    [Fact]
    public void Absurdly_deep_nesting_is_a_parse_error_not_a_stack_overflow()
    {
        var template = Template.Parse("{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}", "page");

        Assert.True(template.HasErrors);
        Assert.Contains("nests blocks or expressions deeper than 250 levels", template.Messages[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_blocks_are_a_parse_error_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("{{ if true }}", 3000)) + string.Concat(Enumerable.Repeat("{{ end }}", 3000));

        Assert.True(Template.Parse(text, "page").HasErrors);
    }

    [Fact]
    public void An_array_that_contains_itself_prints_without_recursing_forever()
    {
        var output = Template.Parse("{{ x = [1]; x << x; x }}").Render();

        Assert.StartsWith("[1, [1, [1, ", output, StringComparison.Ordinal);
        Assert.Contains("...", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_inside_a_builtin_becomes_a_positioned_template_error()
    {
        Assert.Equal("page.sbn-html(2,20) : error : Error while calling `string.base64_decode`: The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.",
            RenderError("ok\n{{ 'not base64!' | string.base64_decode }}"));
    }

    [Fact]
    public void A_failed_render_leaves_the_context_usable_for_the_next_page()
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject());
        Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ capture x }}{{ for i in [1]; null.y; end }}{{ end }}").Render(context));

        Assert.Equal("fine", Template.Parse("{{ 'fine' }}").Render(context));
    }
}
