using System.IO.Hashing;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Caching;

/// <summary>
/// Each seed's extraction outcome, remembered by its path with its size, modification time and SHA-256: a seed
/// whose size and time are unchanged is taken as is, one whose bytes hash the same is taken too, anything else
/// is extracted again. Kept in <see cref="ShardCount"/> files by path (<c>.chronicle/cache/extraction/NN.bin</c>),
/// read in parallel, so that one changed seed rewrites one small file; shared by every output folder.
/// </summary>
public sealed class ExtractionCache : ISeedOutcomeStore
{
    public const int ShardCount = 16;
    private const byte Kind = 1;

    private readonly string _folder;
    private readonly byte[] _stamp;
    private readonly string _root;
    private readonly Dictionary<string, Entry>[] _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileState> _missed = new(StringComparer.Ordinal);
    private readonly bool[] _dirty = new bool[ShardCount];
    private int _reused;
    private int _extracted;

    private ExtractionCache(string folder, byte[] stamp, string root, Dictionary<string, Entry>[] previous)
    {
        _folder = folder;
        _stamp = stamp;
        _root = root;
        _previous = previous;
    }

    /// <summary>Sizes and times of seed files already read from the file system in this run, by full path.</summary>
    public IReadOnlyDictionary<string, (long Length, long ModifiedTicks)>? KnownStates { get; set; }

    /// <summary>Seeds taken from the cache in this run.</summary>
    public int Reused => _reused;

    /// <summary>Seeds extracted in this run.</summary>
    public int Extracted => _extracted;

    /// <summary>
    /// Opens the cache in <paramref name="folder"/>; a missing, foreign or damaged file counts as empty and, unless
    /// it was simply missing, gives a <paramref name="note"/> saying why it was ignored. Files that are only out of date
    /// (another tool version, cache format or configuration made them) give no note but <paramref name="stale"/>.
    /// </summary>
    public static ExtractionCache Open(string folder, ReadOnlySpan<byte> stamp, string siteRoot, out string? note, out bool stale)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(siteRoot);
        var previous = new Dictionary<string, Entry>[ShardCount];
        var problems = new string?[ShardCount];
        var stampBytes = stamp.ToArray();
        Parallel.For(0, ShardCount, shard => previous[shard] = ReadShard(ShardPath(folder, shard), stampBytes, out problems[shard]));
        var ignored = problems.Where(p => p is not null).ToList();
        stale = ignored.Count > 0 && ignored.All(CacheFile.IsStale);
        note = ignored.Count == 0 || stale
            ? null
            : $"{DisplayPath.For(folder)}: {ignored.Count} of {ShardCount} files ignored ({ignored[0]}); extracting their seeds again.";
        return new ExtractionCache(folder, stampBytes, siteRoot, previous);
    }

    public bool TryGet(string file, out SeedOutcome outcome, out bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = SeedReader.SourcePathFor(file, _root);
        var shard = ShardOf(key);
        var (length, modified) = StateOf(file);
        if (length < 0 || !_previous[shard].TryGetValue(key, out var entry))
        {
            return Miss(out outcome, out explicitSlug);
        }

        if (entry.State.Length != length || entry.State.ModifiedTicks != modified)
        {
            // Touched, copied or checked out again: the bytes decide.
            var hash = ContentHash.OfFile(file);
            if (hash != entry.State.ContentHash)
            {
                _missed[key] = new FileState(length, modified, hash);
                return Miss(out outcome, out explicitSlug);
            }

            entry = entry with { State = new FileState(length, modified, hash) };
            _dirty[shard] = true;
        }

        _current[key] = entry;
        Interlocked.Increment(ref _reused);
        outcome = WithDisplayPath(entry.Outcome, DisplayPath.For(file));
        explicitSlug = entry.ExplicitSlug;
        return true;
    }

    public void Add(string file, SeedOutcome outcome, bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(outcome);
        var key = SeedReader.SourcePathFor(file, _root);
        Interlocked.Increment(ref _extracted);

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

        // Serialised once: the bytes give the hash now and are what Save writes.
        var bytes = Serialise(outcome);
        _current[key] = new Entry(state, explicitSlug, outcome, XxHash128.HashToUInt128(bytes), bytes);
        _dirty[ShardOf(key)] = true;
    }

    /// <summary>Writes back the files whose seeds differ from what was read, holding the seeds of this run and only them.</summary>
    public void Save()
    {
        var shards = new List<KeyValuePair<string, Entry>>[ShardCount];
        for (var i = 0; i < ShardCount; i++)
        {
            shards[i] = [];
        }

        foreach (var entry in _current)
        {
            shards[ShardOf(entry.Key)].Add(entry);
        }

        Parallel.For(0, ShardCount, shard =>
        {
            if (_dirty[shard] || shards[shard].Count != _previous[shard].Count)
            {
                WriteShard(ShardPath(_folder, shard), _stamp, shards[shard]);
            }
        });
    }

    private (long Length, long ModifiedTicks) StateOf(string file)
    {
        if (KnownStates is not null && KnownStates.TryGetValue(file, out var known))
        {
            return known;
        }

        var info = new FileInfo(file);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
    }

    /// <summary>The hash of what <paramref name="file"/> gave in this run, or null when it gave nothing the cache keeps.</summary>
    public UInt128? OutcomeHashOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _current.TryGetValue(SeedReader.SourcePathFor(file, _root), out var entry) ? entry.OutcomeHash : null;
    }

    /// <summary>
    /// What <paramref name="file"/> gave when the cache was read (<paramref name="previous"/>) and in this run
    /// (<paramref name="current"/>), with the hash of the former: how an edited seed's outcome changed. False when either is unknown.
    /// </summary>
    public bool TryGetChange(string file, out (SeedOutcome Outcome, bool ExplicitSlug, UInt128 Hash) previous, out (SeedOutcome Outcome, bool ExplicitSlug) current)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = SeedReader.SourcePathFor(file, _root);
        if (_previous[ShardOf(key)].TryGetValue(key, out var was) && _current.TryGetValue(key, out var now))
        {
            previous = (was.Outcome, was.ExplicitSlug, was.OutcomeHash);
            current = (now.Outcome, now.ExplicitSlug);
            return true;
        }

        previous = default;
        current = default;
        return false;
    }

    private static byte[] Serialise(SeedOutcome outcome)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SeedOutcomeFormat.Write(writer, outcome);
        }

        return bytes.ToArray();
    }

    private static string ShardPath(string folder, int shard) => Path.Combine(folder, $"{shard:D2}.bin");

    /// <summary>A stable spread of paths over the files (FNV-1a; string.GetHashCode differs from run to run).</summary>
    private static int ShardOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % ShardCount);
    }

    private static Dictionary<string, Entry> ReadShard(string path, byte[] stamp, out string? problem)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (CacheFile.ReadPayload(path, Kind, stamp, out problem) is not { } payload)
        {
            return entries;
        }

        try
        {
            var reader = new CacheReader(payload);
            var count = reader.ReadCount();
            entries.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var state = new FileState(reader.ReadInt64(), reader.ReadInt64(), reader.ReadHash());
                var explicitSlug = reader.ReadBoolean();
                var start = reader.Position;
                var outcome = SeedOutcomeFormat.Read(reader);
                // The bytes are not kept: they would hold the whole file in memory through the build.
                entries[key] = new Entry(state, explicitSlug, outcome, XxHash128.HashToUInt128(reader.Since(start)), null);
            }

            if (reader.Position != payload.Count)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return entries;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            problem = $"{Path.GetFileName(path)} could not be read: {e.Message}";
            return new Dictionary<string, Entry>(StringComparer.Ordinal);
        }
    }

    private static void WriteShard(string path, byte[] stamp, List<KeyValuePair<string, Entry>> entries)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entries.Count);
            Span<byte> hash = stackalloc byte[16];
            foreach (var (key, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(entry.State.Length);
                writer.Write(entry.State.ModifiedTicks);
                BinaryPrimitives.WriteUInt128LittleEndian(hash, entry.State.ContentHash);
                writer.Write(hash);
                writer.Write(entry.ExplicitSlug);
                if (entry.Bytes is { } bytes)
                {
                    writer.Write(bytes);
                }
                else
                {
                    SeedOutcomeFormat.Write(writer, entry.Outcome);
                }
            }
        }

        CacheFile.Write(path, Kind, stamp, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    private static bool Miss(out SeedOutcome outcome, out bool explicitSlug)
    {
        outcome = null!;
        explicitSlug = false;
        return false;
    }

    /// <summary>Messages name the seed as the user would type it from where this build runs, which may differ from the cached run.</summary>
    private static SeedOutcome WithDisplayPath(SeedOutcome outcome, string displayPath)
    {
        if (outcome.DisplayPath == displayPath)
        {
            return outcome;
        }

        var old = outcome.DisplayPath;
        return outcome with
        {
            DisplayPath = displayPath,
            Diagnostics = [.. outcome.Diagnostics.Select(d => d.File == old ? d with { File = displayPath } : d)],
        };
    }

    private readonly record struct FileState(long Length, long ModifiedTicks, UInt128 ContentHash);

    /// <param name="OutcomeHash">Hash of the outcome's bytes as stored, so equal outcomes are known equal without comparing them.</param>
    /// <param name="Bytes">A fresh outcome as <see cref="SeedOutcomeFormat"/> writes it, so that saving does not serialise it again; null for one read from disk.</param>
    private sealed record Entry(FileState State, bool ExplicitSlug, SeedOutcome Outcome, UInt128 OutcomeHash, byte[]? Bytes);
}
