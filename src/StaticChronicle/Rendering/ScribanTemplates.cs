using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Rendering;

/// <summary>
/// The templates folder on Scriban (the <c>Scriban.Signed</c> package): every <c>*.sbn-html</c> (partials
/// included) is parsed once at load, and every render shares that set; each thread renders with one reused
/// context (<see cref="PageTemplateContext"/>), so pages render in parallel without parsing anything again.
/// </summary>
public sealed class ScribanTemplates : ITemplateRenderer
{
    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, Template> _parsed;
    private readonly TemplateFolderLoader _loader;
    private readonly TemplateLimits _limits;
    private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    // One context per thread, made on the thread's first page; a thread that renders for another template set
    // (a new build in `serve`) replaces it.
    [ThreadStatic]
    private static PageTemplateContext? t_context;

    private ScribanTemplates(string directory, IReadOnlyDictionary<string, Template> parsed, TemplateLimits limits)
    {
        _directory = directory;
        _parsed = parsed;
        _limits = limits;
        _loader = new TemplateFolderLoader(directory);
    }

    /// <summary>Parses every template under <paramref name="templatesDirectory"/>; throws with every parse error of every template at once.</summary>
    public static ITemplateRenderer Load(string templatesDirectory) => Load(templatesDirectory, TemplateLimits.Default);

    /// <inheritdoc cref="Load(string)"/>
    public static ITemplateRenderer Load(string templatesDirectory, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(templatesDirectory);
        ArgumentNullException.ThrowIfNull(limits);
        var directory = Path.GetFullPath(templatesDirectory);
        if (!Directory.Exists(directory))
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(directory), 0, 0,
                "the templates folder does not exist. Restore templates/ from the repository or set paths.templates.")]);
        }

        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.sbn-html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            foreach (var message in template.Messages)
            {
                problems.Add(new Diagnostic(DisplayPath.For(file), message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    message.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, message.Message));
            }

            parsed[file] = template;
        }

        if (problems.Any(p => p.IsError))
        {
            throw new DiagnosticException(problems);
        }

        HtmlEscapeRewriter.Rewrite(parsed.Values.Select(t => t.Page).OfType<ScriptPage>());
        return new ScribanTemplates(directory, parsed, limits);
    }

    public bool HasTemplate(string templateName) => Find(templateName, out _) is not null;

    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals)
    {
        var output = new StringBuilder();
        Render(templateName, globals, output);
        return output.ToString();
    }

    public void Render(string templateName, IReadOnlyDictionary<string, object?> globals, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(output);
        if (Find(templateName, out var path) is not { } template)
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(path), 0, 0, $"template '{templateName}' does not exist.")]);
        }

        var context = t_context;
        if (context is null || context.Owner != this)
        {
            context = t_context = NewContext();
        }
        else if (context.Busy)
        {
            context = NewContext();
        }

        try
        {
            context.Render(template, globals, output);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? DisplayPath.For(path) : DisplayPath.For(e.Span.FileName);
            throw new DiagnosticException([Diagnostic.Error(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, MessageOf(e))]);
        }
    }

    private PageTemplateContext NewContext() => new(this, _loader, _parsed, _limits);

    /// <summary>Scriban's message, on one line, with what to do when a limit of the build was reached.</summary>
    private string MessageOf(ScriptRuntimeException e)
    {
        if (e is RenderTimeoutException)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"rendering took longer than {_limits.RenderTime.TotalSeconds:0.#} s and was stopped. Look for a loop that does far more work than the page needs (see \"Limits\" in templates/README.md).");
        }

        var message = string.Join(' ', e.OriginalMessage.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        string[] limits = ["iteration limit", "LoopLimit", "OutputLimit", "LimitToString", "recursive depth limit", "Regex engine has timed out", "maximum supported"];
        return limits.Any(l => message.Contains(l, StringComparison.Ordinal))
            ? message + " This is a limit of the build, there to stop a runaway template (see \"Limits\" in templates/README.md)."
            : message;
    }

    /// <summary>The parsed template a page names, looked up once per name (two renders per page otherwise resolve the path each time).</summary>
    private Template? Find(string templateName, out string path)
    {
        path = _paths.GetOrAdd(templateName, PathOf);
        return _parsed.GetValueOrDefault(path);
    }

    private string PathOf(string templateName) =>
        Path.GetFullPath(Path.Combine(_directory, templateName.Replace('/', Path.DirectorySeparatorChar)));
}
