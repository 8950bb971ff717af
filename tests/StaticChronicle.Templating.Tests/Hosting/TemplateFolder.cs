namespace StaticChronicle.Templating.Tests.Hosting;

/// <summary>A throw-away templates folder (and a sibling folder outside it) for loader tests.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Parent = Path.Combine(Path.GetTempPath(), "sc-templates-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, "templates");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Path.Combine(Parent, "outside"));
    }

    public string Parent { get; }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteOutside(string name, string text)
    {
        var path = Path.Combine(Parent, "outside", name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
