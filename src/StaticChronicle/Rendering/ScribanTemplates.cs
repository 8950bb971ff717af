using System.Collections.Concurrent;
using StaticChronicle.Diagnostics;
using StaticChronicle.Templating;
using StaticChronicle.Templating.Hosting;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>The templates folder loaded into the Scriban-language engine: every template parsed once, rendered with a fresh context per call.</summary>
public sealed class ScribanTemplates : ITemplateRenderer
{
    private readonly Dictionary<string, Template> _templates;
    private readonly FileSystemTemplateLoader _loader;

    // Keyed by full path, as the loader resolves include names; pre-filled so partials are never parsed again.
    private readonly ConcurrentDictionary<string, Template> _byPath;

    private ScribanTemplates(string root, Dictionary<string, Template> templates)
    {
        _templates = templates;
        _loader = new FileSystemTemplateLoader(root);
        _byPath = new ConcurrentDictionary<string, Template>(templates.Values.ToDictionary(t => t.SourcePath!, t => t, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Parses every <c>*.sbn-html</c> under <paramref name="templatesDirectory"/>; throws with every parse error at once.</summary>
    public static ITemplateRenderer Load(string templatesDirectory)
    {
        var root = Path.GetFullPath(templatesDirectory);
        if (!Directory.Exists(root))
        {
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(root), 0, 0, "The templates folder does not exist. Set `templates` in site-config.yml or create the folder.")]);
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var path in Directory.EnumerateFiles(root, "*.sbn-html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            problems.AddRange(template.Messages.Select(m => new Diagnostic(
                DisplayPath.For(m.Span.FileName), m.Span.Start.Line + 1, m.Span.Start.Column + 1,
                m.Type == Templating.Parsing.ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, m.Message)));
            templates[Path.GetRelativePath(root, path).Replace('\\', '/')] = template;
        }

        if (problems.Any(p => p.IsError))
        {
            throw new DiagnosticException(problems);
        }

        return new ScribanTemplates(root, templates);
    }

    public bool HasTemplate(string templateName) => _templates.ContainsKey(templateName);

    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        if (!_templates.TryGetValue(templateName, out var template))
        {
            throw new DiagnosticException([Diagnostic.Error(templateName, 0, 0, $"There is no template `{templateName}` in the templates folder.")]);
        }

        var context = new TemplateContext { TemplateLoader = _loader, CachedTemplates = _byPath };
        var scope = new ScriptObject(globals.Count);
        foreach (var (name, value) in globals)
        {
            scope[name] = value;
        }

        context.PushGlobal(scope);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? template.SourcePath! : e.Span.FileName;
            throw new DiagnosticException([Diagnostic.Error(DisplayPath.For(file), e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)]);
        }
    }
}
