namespace StaticChronicle.Tests.Rendering;

/// <summary>A throw-away templates folder, with a sibling folder outside it for the loader's refusals.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Parent = Directory.CreateTempSubdirectory("chronicle-templates-").FullName;
        Root = Path.Combine(Parent, "templates");
        Directory.CreateDirectory(Path.Combine(Root, "partials"));
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
