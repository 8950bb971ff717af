namespace StaticChronicle.Templating.Functions;

/// <summary>The template name of a builtin whose C# name cannot follow the snake_case rule.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ScriptMemberNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
