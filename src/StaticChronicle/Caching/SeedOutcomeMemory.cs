using System.Collections.Concurrent;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Caching;

/// <summary>
/// Each seed's extraction outcome held in memory by a long-running process (<c>chronicle serve</c>), by the seed's
/// path and verified by its content: a seed whose size and time are unchanged is taken as is, one whose bytes hash
/// as before is taken too, anything else is extracted again. A renamed seed is a new path, so it is extracted again
/// (its path is part of the article). An optional <see cref="Backing"/> store (the on-disk cache) answers what the
/// memory does not hold yet, and is given every fresh outcome, so the first build of a session starts from it.
/// </summary>
public sealed class SeedOutcomeMemory : ISeedOutcomeStore
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileState> _missed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    // Each file's key worked out once a session: a rebuild asks about every seed of the site.
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private HashSet<string>? _onlyChanged;
    private int _reused;
    private int _extracted;

    /// <param name="siteRoot">The folder of <c>site-config.yml</c>: seeds are keyed by their path relative to it.</param>
    public SeedOutcomeMemory(string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        _root = siteRoot;
    }

    /// <summary>Asked before extracting a seed the memory does not hold; told every fresh outcome. Null: none.</summary>
    public ISeedOutcomeStore? Backing { get; set; }

    /// <summary>Seeds taken from memory (or the backing store) since <see cref="BeginRun()"/>.</summary>
    public int Reused => _reused;

    /// <summary>Seeds extracted since <see cref="BeginRun()"/>.</summary>
    public int Extracted => _extracted;

    /// <summary>Seeds held.</summary>
    public int Count => _entries.Count;

    /// <summary>Starts counting a new ingestion run.</summary>
    public void BeginRun() => BeginRun(null);

    /// <summary>
    /// Starts a run in which only the files in <paramref name="changedFiles"/> (full paths) can have changed since the
    /// last: a seed held in memory and not among them is taken without looking at the file. That is a file watcher's
    /// word, so the caller passes null whenever it may have missed an event (the first run, a lost event, a failed build).
    /// </summary>
    public void BeginRun(IReadOnlyCollection<string>? changedFiles)
    {
        _onlyChanged = changedFiles is null ? null : new HashSet<string>(changedFiles.Select(KeyOf), StringComparer.Ordinal);
        _seen.Clear();
        _missed.Clear();
        _reused = 0;
        _extracted = 0;
    }

    /// <summary>Forgets the seeds this run did not ask about (deleted or renamed files), so memory holds only the site's seeds.</summary>
    public void EndRun()
    {
        foreach (var key in _entries.Keys)
        {
            if (!_seen.ContainsKey(key))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    public bool TryGet(string file, out SeedOutcome outcome, out bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = KeyOf(file);
        _seen[key] = true;
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return Miss(out outcome, out explicitSlug);
        }

        var (length, modified) = (info.Length, info.LastWriteTimeUtc.Ticks);
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Length == length && entry.ModifiedTicks == modified)
            {
                return Hit(entry, out outcome, out explicitSlug);
            }

            // Touched or saved without a change: the bytes decide.
            var hash = ContentHash.OfFile(file);
            if (entry.ContentHash == hash)
            {
                _entries[key] = entry with { Length = length, ModifiedTicks = modified };
                return Hit(entry, out outcome, out explicitSlug);
            }

            _missed[key] = new FileState(length, modified, hash);
            return Miss(out outcome, out explicitSlug);
        }

        if (Backing is { } backing && backing.TryGet(file, out outcome, out explicitSlug))
        {
            // The on-disk cache checked the file; its hash is not known here, so a later change of size or time extracts again.
            _entries[key] = new Entry(length, modified, null, outcome, explicitSlug);
            Interlocked.Increment(ref _reused);
            return true;
        }

        return Miss(out outcome, out explicitSlug);
    }

    public bool TryGetUnread(string file, out SeedOutcome outcome, out bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = KeyOf(file);
        if (_onlyChanged is not null && !_onlyChanged.Contains(key) && _entries.TryGetValue(key, out var unchanged))
        {
            _seen[key] = true;
            return Hit(unchanged, out outcome, out explicitSlug);
        }

        outcome = null!;
        explicitSlug = false;
        return false;
    }

    private string KeyOf(string file) => _keys.GetOrAdd(file, f => SeedReader.SourcePathFor(f, _root));

    public void Add(string file, SeedOutcome outcome, bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(outcome);
        var key = KeyOf(file);
        Interlocked.Increment(ref _extracted);
        Backing?.Add(file, outcome, explicitSlug);

        // The state seen before extraction: if the file changed meanwhile, the next run sees a new state and extracts again.
        if (!_missed.TryGetValue(key, out var state))
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return;
            }

            state = new FileState(info.Length, info.LastWriteTimeUtc.Ticks, ContentHash.OfFile(file));
        }

        _entries[key] = new Entry(state.Length, state.ModifiedTicks, state.ContentHash, outcome, explicitSlug);
    }

    private bool Hit(Entry entry, out SeedOutcome outcome, out bool explicitSlug)
    {
        Interlocked.Increment(ref _reused);
        outcome = entry.Outcome;
        explicitSlug = entry.ExplicitSlug;
        return true;
    }

    private static bool Miss(out SeedOutcome outcome, out bool explicitSlug)
    {
        outcome = null!;
        explicitSlug = false;
        return false;
    }

    private readonly record struct FileState(long Length, long ModifiedTicks, UInt128 ContentHash);

    /// <param name="ContentHash">Null when the outcome came from the backing store, which does not say.</param>
    private sealed record Entry(long Length, long ModifiedTicks, UInt128? ContentHash, SeedOutcome Outcome, bool ExplicitSlug);
}
