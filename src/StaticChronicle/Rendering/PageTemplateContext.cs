using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace StaticChronicle.Rendering;

/// <summary>
/// One thread's Scriban context, reused for every page that thread renders: the limits are set once, includes
/// come from the build's parsed set instead of being parsed per context, and each render writes straight into
/// the caller's buffer.
/// </summary>
internal sealed class PageTemplateContext : TemplateContext
{
    private readonly IReadOnlyDictionary<string, Template> _parsed;
    private readonly TemplateLimits _limits;
    private readonly ScriptObject _globals = new();
    private long _deadline;
    private StringBuilder? _page;
    private int _pageStart;
    private ScriptNode? _bufferExpression;

    public PageTemplateContext(ScribanTemplates owner, ITemplateLoader loader, IReadOnlyDictionary<string, Template> parsed, TemplateLimits limits)
    {
        Owner = owner;
        _parsed = parsed;
        _limits = limits;
        TemplateLoader = loader;
        LoopLimit = limits.LoopIterations;
        RecursiveLimit = limits.Recursion;
        OutputLimit = limits.PageCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LimitToString = limits.StringCharacters;
        OnStringLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = limits.RegexTimeout;

        // Scriban would indent every line of a multi-line value written after leading spaces, which changes the
        // text of a <pre> in an article body: values come out as they are, the template's own layout as written.
        AutoIndent = false;

        // html.escape without numeric references for Latin-1 letters (HtmlText says why); the rest of `html` as Scriban has it.
        // This context's builtins are its own copy, so replacing its `html` leaves other contexts alone.
        var builtin = (ScriptObject)BuiltinObject["html"]!;
        var html = new ScriptObject();
        foreach (var member in builtin.GetMembers().Where(m => m != "escape"))
        {
            html.SetValue(member, builtin[member], readOnly: true);
        }

        html.SetValue("escape", HtmlEscapeFunction.Instance, readOnly: true);
        BuiltinObject.SetValue("html", html, readOnly: true);
    }

    /// <summary>The template set this context renders from.</summary>
    public ScribanTemplates Owner { get; }

    /// <summary>True while a render runs: a render started from inside one (on the same thread) gets a context of its own.</summary>
    public bool Busy { get; private set; }

    /// <summary>Renders <paramref name="template"/> with <paramref name="globals"/>, appending to <paramref name="output"/>.</summary>
    /// <exception cref="ScriptRuntimeException">The template failed; the exception's span is where.</exception>
    public void Render(Template template, IReadOnlyDictionary<string, object?> globals, StringBuilder output)
    {
        Busy = true;
        try
        {
            _globals.Clear();
            foreach (var (name, value) in globals)
            {
                _globals.SetValue(name, value, readOnly: false);
            }

            _deadline = Stopwatch.GetTimestamp() + (long)(_limits.RenderTime.TotalSeconds * Stopwatch.Frequency);
            PushGlobal(_globals);
            PushOutput(new StringBuilderOutput(output));
            PushSourceFile(template.SourceFilePath ?? "");
            _page = output;
            _pageStart = output.Length;
            if (template.Page is not { } page)
            {
                return;
            }

            // Template.Render would also make a string of the whole page and clear the buffer; this is its
            // evaluate-and-write without that.
            var result = Evaluate(page);
            if (result is not null)
            {
                Write(page.Span, result);
            }

            if (output.Length - _pageStart > _limits.PageCharacters)
            {
                throw new ScriptRuntimeException(page.Span, $"Rendered output exceeds OutputLimit `{_limits.PageCharacters}`.");
            }
        }
        finally
        {
            _page = null;
            _bufferExpression = null;

            // Back to a clean state for the thread's next page (also after a failed render); this also renews
            // the output budget.
            Reset();
            Busy = false;
        }
    }

    /// <summary>
    /// Member accessors shared by every context of the process: Scriban keeps them per context and forgets them at
    /// <see cref="TemplateContext.Reset"/>, so without this each page walked its models' types by reflection again
    /// (a tenth of the render time at 10,000 pages). An accessor depends only on the type and the member renamer,
    /// which every context here leaves at Scriban's default, and is read-only once made.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var made = base.GetMemberAccessorImpl(target);
        return made is null ? NullAccessor.Default : SharedAccessors.GetOrAdd(type, made);
    }

    /// <summary>Includes use the templates parsed at load: a build parses each partial once, not once per thread.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _parsed.TryGetValue(templatePath, out var template) ? template : base.CreateTemplate(templatePath, callerContext);

    /// <summary>A page's HTML handed to the layout as a buffer is appended as it is, without a copy as a string.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is StringBuilder text && _page is not null && Output is StringBuilderOutput output && ReferenceEquals(output.Builder, _page))
        {
            // Scriban does not see this write, so the page limit is checked here.
            if (_page.Length - _pageStart + text.Length > _limits.PageCharacters)
            {
                // The span Scriban passes is the page's; the expression that made the buffer says where.
                throw new ScriptRuntimeException(_bufferExpression?.Span ?? span, $"Rendered output exceeds OutputLimit `{_limits.PageCharacters}`.");
            }

            _page.Append(text);
            return this;
        }

        return base.Write(span, textAsObject);
    }

    /// <summary>
    /// Scriban checks <see cref="TemplateContext.LimitToString"/> in its string functions and conversions, but an
    /// interpolated string (<c>$"{x}{x}"</c>) doubles without one: every value a template makes is checked here.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is StringBuilder)
        {
            _bufferExpression = scriptNode;
        }
        else if (value is string { Length: var length } && length > _limits.StringCharacters)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default, $"String conversion reaches LimitToString `{_limits.StringCharacters}`.");
        }

        return value;
    }

    /// <summary>
    /// The backstop for work no counter sees (ten million iterations of an expensive expression): a loop step
    /// past the render's deadline stops the page.
    /// </summary>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new RenderTimeoutException(loop?.Span ?? default);
        }

        return base.OnStepLoop(loop);
    }
}
