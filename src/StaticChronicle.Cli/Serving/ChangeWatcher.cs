using StaticChronicle.Config;
using StaticChronicle.Seeds;

namespace StaticChronicle.Cli.Serving;

/// <summary>Watches what a build reads — the seeds, the templates folder and the configuration file — and reports each change.</summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action? _lost;

    /// <param name="changed">Called with the changed path, on a watcher thread.</param>
    /// <param name="lost">Called when changes may have gone unreported (the system's event buffer overflowed).</param>
    public ChangeWatcher(string configFile, SiteConfig config, Action<string> changed, Action? lost = null)
    {
        _lost = lost;
        ArgumentNullException.ThrowIfNull(configFile);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(changed);
        var configPath = Path.GetFullPath(configFile);
        // Watch the whole folder, not a name filter: an atomic save renames another file onto the configuration.
        Watch(Path.GetDirectoryName(configPath)!, "*", recursive: false,
            path => string.Equals(Path.GetFullPath(path), configPath, StringComparison.Ordinal), changed);
        Watch(config.SeedsDirectory, "*", recursive: false, SeedFiles.IsSeed, changed);
        Watch(config.TemplatesDirectory, "*", recursive: true, path => !IsEditorScratch(path), changed);
    }

    /// <summary>The folders actually watched (a folder that does not exist yet is not).</summary>
    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToList();

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Watch(string folder, string filter, bool recursive, Func<string, bool> relevant, Action<string> changed)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(string path)
        {
            if (relevant(path))
            {
                changed(path);
            }
        }

        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            // An editor's atomic save renames a temporary file onto the real one: the new name is what matters.
            OnChange(e.OldFullPath);
            OnChange(e.FullPath);
        };
        watcher.Error += (_, _) => _lost?.Invoke();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <summary>Swap and backup files editors write beside the real ones.</summary>
    private static bool IsEditorScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }
}
