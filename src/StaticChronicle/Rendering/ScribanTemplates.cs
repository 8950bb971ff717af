using System.Collections.Concurrent;
using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Templating;
using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>
/// The templates folder in the Scriban-language engine: every <c>*.sbn-html</c> (partials included) is
/// parsed once at load; each render gets its own <see cref="TemplateContext"/> sharing the parsed set,
/// so pages render in parallel without parsing anything again.
/// </summary>
public sealed class ScribanTemplates : ITemplateRenderer
{
    /// <summary>Guards against a runaway loop while allowing the timeline of a very large site.</summary>
    public const int LoopLimit = 10_000_000;

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, Template> _parsed;
    private readonly CachedTemplateLoader _loader;
    private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    private ScribanTemplates(string directory, ConcurrentDictionary<string, Template> parsed)
    {
        _directory = directory;
        _parsed = parsed;
        _loader = new CachedTemplateLoader(new FileSystemTemplateLoader(directory));
    }

    /// <summary>Parses every template under <paramref name="templatesDirectory"/>; throws with every parse error at once.</summary>
    public static ITemplateRenderer Load(string templatesDirectory)
    {
        ArgumentNullException.ThrowIfNull(templatesDirectory);
        var directory = Path.GetFullPath(templatesDirectory);
        if (!Directory.Exists(directory))
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(directory), 0, 0,
                "the templates folder does not exist. Restore templates/ from the repository or set paths.templates.")]);
        }

        var parsed = new ConcurrentDictionary<string, Template>(StringComparer.Ordinal);
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

        return new ScribanTemplates(directory, parsed);
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

        var variables = new ScriptObject(globals.Count);
        foreach (var (name, value) in globals)
        {
            variables[name] = value;
        }

        var context = new TemplateContext
        {
            TemplateLoader = _loader,
            CachedTemplates = _parsed,
            LoopLimit = LoopLimit,

            // Pages grow with the site (a topic of thousands of articles); the file system is the limit.
            OutputLimit = 0,
        };
        context.PushGlobal(variables);
        try
        {
            template.Render(context, output);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? DisplayPath.For(path) : DisplayPath.For(e.Span.FileName);
            throw new DiagnosticException([Diagnostic.Error(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)]);
        }
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
