using System.Text;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating;

/// <summary>A parsed template: parse once, render many times (also from several threads, each with its own context).</summary>
public sealed class Template
{
    private Template(string? sourcePath, LogMessageBag messages, BlockStatement page)
    {
        SourcePath = sourcePath;
        Messages = messages;
        Page = page;
    }

    public string? SourcePath { get; }

    /// <summary>Parser errors and warnings, each printed as <c>name(line,col) : error : message</c>.</summary>
    public LogMessageBag Messages { get; }

    public bool HasErrors => Messages.HasErrors;

    internal BlockStatement Page { get; }

    /// <summary>Parses template text (text with <c>{{ }}</c> code blocks); <paramref name="sourcePath"/> names it in messages.</summary>
    public static Template Parse(string text, string? sourcePath = null, LexerOptions lexerOptions = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var messages = new LogMessageBag();
        var parser = new Parser(text, sourcePath ?? "<input>", lexerOptions, messages);
        var page = parser.ParsePage();
        return new Template(sourcePath, messages, page);
    }

    /// <summary>Renders with the given context (its globals, loader and limits).</summary>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw new InvalidOperationException("This template has errors and cannot be rendered:\n" + Messages);
        }

        return context.RenderTemplate(this);
    }

    /// <summary>
    /// Renders with the given context, appending the output to <paramref name="output"/> instead of returning a new
    /// string, so a caller rendering many pages can reuse one buffer (Scriban does this with a StringBuilderOutput).
    /// </summary>
    public void Render(TemplateContext context, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (HasErrors)
        {
            throw new InvalidOperationException("This template has errors and cannot be rendered:\n" + Messages);
        }

        context.RenderTemplate(this, output);
    }

    /// <summary>Renders with a fresh context whose globals are the members of <paramref name="model"/> (snake_case names).</summary>
    public string Render(object? model = null)
    {
        var context = new TemplateContext();
        var globals = new ScriptObject();
        if (model is not null)
        {
            globals.Import(model);
        }

        context.PushGlobal(globals);
        return Render(context);
    }
}
