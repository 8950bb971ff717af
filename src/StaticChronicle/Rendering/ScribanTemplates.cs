namespace StaticChronicle.Rendering;

/// <summary>The templates folder loaded into the Scriban-language engine: every template parsed once, rendered with a fresh context per call.</summary>
public sealed class ScribanTemplates : ITemplateRenderer
{
    private ScribanTemplates()
    {
    }

    /// <summary>Parses every <c>*.sbn-html</c> under <paramref name="templatesDirectory"/>; throws with every parse error at once.</summary>
    public static ITemplateRenderer Load(string templatesDirectory) =>
        throw new NotSupportedException("The Scriban-language engine has not landed yet: " + templatesDirectory);

    public bool HasTemplate(string templateName) => false;

    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals) => throw new NotSupportedException();
}
