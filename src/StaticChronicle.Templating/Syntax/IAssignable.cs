namespace StaticChronicle.Templating.Syntax;

/// <summary>An expression that can be the target of <c>=</c>, <c>capture</c> or <c>++</c>.</summary>
internal interface IAssignable
{
    void Assign(TemplateContext context, object? value);
}
