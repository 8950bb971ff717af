using System.Buffers.Binary;
using System.Collections.Concurrent;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Caching;

/// <summary>
/// Each seed's extraction outcome, remembered by its path with its size, modification time and SHA-256: a seed
/// whose size and time are unchanged is taken as is, one whose bytes hash the same is taken too, anything else
/// is extracted again. One file for the site (<c>.chronicle/cache/extraction.bin</c>), shared by every output folder.
/// </summary>
public sealed class ExtractionCache : ISeedOutcomeStore
{
    private const byte Kind = 1;

    private readonly string _path;
    private readonly byte[] _stamp;
    private readonly string _root;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileState> _missed = new(StringComparer.Ordinal);
    private int _reused;
    private int _extracted;
    private int _restamped;

    private ExtractionCache(string path, byte[] stamp, string root, Dictionary<string, Entry> previous)
    {
        _path = path;
        _stamp = stamp;
        _root = root;
        _previous = previous;
    }

    /// <summary>Seeds taken from the cache in this run.</summary>
    public int Reused => _reused;

    /// <summary>Seeds extracted in this run.</summary>
    public int Extracted => _extracted;

    /// <summary>
    /// Opens the cache file at <paramref name="path"/>; a missing, foreign or damaged file gives an empty cache
    /// and, unless the file was simply missing, a <paramref name="note"/> saying why it was ignored.
    /// </summary>
    public static ExtractionCache Open(string path, ReadOnlySpan<byte> stamp, string siteRoot, out string? note)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(siteRoot);
        note = null;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var payload = CacheFile.Read(path, Kind, stamp, out var whyNot);
        if (whyNot is not null)
        {
            note = $"{DisplayPath.For(path)} {whyNot}; extracting every seed again.";
        }
        else if (payload is not null)
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(payload, writable: false));
                var count = SeedOutcomeFormat.ReadCount(reader);
                entries.EnsureCapacity(count);
                for (var i = 0; i < count; i++)
                {
                    var key = reader.ReadString();
                    var state = new FileState(reader.ReadInt64(), reader.ReadInt64(), ReadHash(reader));
                    entries[key] = new Entry(state, reader.ReadBoolean(), SeedOutcomeFormat.Read(reader));
                }

                if (reader.BaseStream.Position != payload.Length)
                {
                    throw new InvalidDataException("trailing bytes");
                }
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
            {
                entries.Clear();
                note = $"{DisplayPath.For(path)} could not be read ({e.Message}); extracting every seed again.";
            }
        }

        return new ExtractionCache(path, stamp.ToArray(), siteRoot, entries);
    }

    public bool TryGet(string file, out SeedOutcome outcome, out bool explicitSlug)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = SeedReader.SourcePathFor(file, _root);
        var info = new FileInfo(file);
        if (!info.Exists || !_previous.TryGetValue(key, out var entry))
        {
            return Miss(out outcome, out explicitSlug);
        }

        var length = info.Length;
        var modified = info.LastWriteTimeUtc.Ticks;
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
            Interlocked.Increment(ref _restamped);
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

        _current[key] = new Entry(state, explicitSlug, outcome);
    }

    /// <summary>Writes the seeds of this run (and only them) back, when anything differs from what was read.</summary>
    public void Save()
    {
        if (_extracted == 0 && _restamped == 0 && _current.Count == _previous.Count)
        {
            return;
        }

        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_current.Count);
            Span<byte> hash = stackalloc byte[16];
            foreach (var (key, entry) in _current.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(entry.State.Length);
                writer.Write(entry.State.ModifiedTicks);
                BinaryPrimitives.WriteUInt128LittleEndian(hash, entry.State.ContentHash);
                writer.Write(hash);
                writer.Write(entry.ExplicitSlug);
                SeedOutcomeFormat.Write(writer, entry.Outcome);
            }
        }

        CacheFile.Write(_path, Kind, _stamp, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    private static bool Miss(out SeedOutcome outcome, out bool explicitSlug)
    {
        outcome = null!;
        explicitSlug = false;
        return false;
    }

    private static UInt128 ReadHash(BinaryReader reader)
    {
        var bytes = reader.ReadBytes(16);
        return bytes.Length == 16 ? BinaryPrimitives.ReadUInt128LittleEndian(bytes) : throw new EndOfStreamException();
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

    private sealed record Entry(FileState State, bool ExplicitSlug, SeedOutcome Outcome);
}
