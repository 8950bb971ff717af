namespace StaticChronicle.Diagnostics;

/// <summary>Paths in messages as the user would type them: relative to the working folder when inside it.</summary>
public static class DisplayPath
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative.Replace('\\', '/');
    }
}
