using System.Buffers.Binary;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Caching;

/// <summary>
/// What the last successful build of one output folder published: every file with its fingerprint, size and time,
/// the counts and warnings it reported, and the key of all its inputs (for the "nothing changed" check).
/// </summary>
public sealed record BuildRecord
{
    private const byte Kind = 2;

    /// <summary>Hash of the configuration, templates, options and every seed's size and time; zero when unknown.</summary>
    public UInt128 InputsKey { get; init; }

    /// <summary>Hash of the configuration, templates, options and every seed's extraction outcome; zero when unknown.</summary>
    public UInt128 OutcomesKey { get; init; }

    /// <summary>Hash of the configuration, templates and options alone (what <see cref="InputsKey"/> holds besides the seeds); zero when unknown.</summary>
    public UInt128 ContextKey { get; init; }

    /// <summary>Every seed's file name and the hash of its extraction outcome, in build order: which seeds changed since, and how.</summary>
    public IReadOnlyList<SeedHash> Seeds { get; init; } = [];

    /// <summary>The template that rendered each page, by path: what the page-weight warnings name.</summary>
    public IReadOnlyDictionary<string, string> PageTemplates { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public int Articles { get; init; }
    public int Pages { get; init; }
    public int Files { get; init; }
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>Published files by path relative to the output folder ('/' separated).</summary>
    public required IReadOnlyDictionary<string, OutputEntry> Outputs { get; init; }

    /// <summary>
    /// The fingerprint of the inputs each data file (feed, JSON) was made from, by path: a data file whose inputs fingerprint
    /// the same and which is still on disk as published is not made again.
    /// </summary>
    public IReadOnlyDictionary<string, UInt128> DataInputs { get; init; } = new Dictionary<string, UInt128>(StringComparer.Ordinal);

    /// <summary>
    /// The record at <paramref name="path"/>, or null: with a note when a file was there but is not trusted, or with
    /// <paramref name="stale"/> when another tool version or cache format made it.
    /// </summary>
    public static BuildRecord? Read(string path, ReadOnlySpan<byte> stamp, out string? note, out bool stale)
    {
        ArgumentNullException.ThrowIfNull(path);
        note = null;
        var payload = CacheFile.ReadPayload(path, Kind, stamp, out var whyNot);
        stale = CacheFile.IsStale(whyNot);
        if (stale)
        {
            return null;
        }

        if (whyNot is not null)
        {
            note = $"{DisplayPath.For(path)} {whyNot}; rendering every page again.";
            return null;
        }

        if (payload is null)
        {
            return null;
        }

        try
        {
            var reader = new CacheReader(payload.Value);
            var key = reader.ReadHash();
            var outcomesKey = reader.ReadHash();
            var contextKey = reader.ReadHash();
            var seedCount = reader.ReadCount();
            var seeds = new SeedHash[seedCount];
            for (var i = 0; i < seedCount; i++)
            {
                seeds[i] = new SeedHash(reader.ReadString(), reader.ReadHash());
            }

            var articles = reader.ReadInt32();
            var pages = reader.ReadInt32();
            var files = reader.ReadInt32();
            var warnings = SeedOutcomeFormat.ReadDiagnostics(reader);
            var count = reader.ReadCount();
            var outputs = new Dictionary<string, OutputEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                outputs[reader.ReadString()] = new OutputEntry(reader.ReadHash(), reader.ReadInt64(), reader.ReadInt64());
            }

            var inputCount = reader.ReadCount();
            var dataInputs = new Dictionary<string, UInt128>(inputCount, StringComparer.Ordinal);
            for (var i = 0; i < inputCount; i++)
            {
                dataInputs[reader.ReadString()] = reader.ReadHash();
            }

            // Few templates render many pages: each name is written once and pages point at it.
            var names = new string[reader.ReadCount()];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.ReadString();
            }

            var templateCount = reader.ReadCount();
            var templates = new Dictionary<string, string>(templateCount, StringComparer.Ordinal);
            for (var i = 0; i < templateCount; i++)
            {
                var page = reader.ReadString();
                var at = reader.ReadInt32();
                if ((uint)at >= (uint)names.Length)
                {
                    throw new InvalidDataException("a page's template is out of range");
                }

                templates[page] = names[at];
            }

            if (reader.Position != payload.Value.Count)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return new BuildRecord
            {
                InputsKey = key, OutcomesKey = outcomesKey, ContextKey = contextKey, Seeds = seeds, PageTemplates = templates, Articles = articles, Pages = pages, Files = files, Warnings = warnings, Outputs = outputs, DataInputs = dataInputs,
            };
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            note = $"{DisplayPath.For(path)} could not be read ({e.Message}); rendering every page again.";
            return null;
        }
    }

    public void Write(string path, ReadOnlySpan<byte> stamp)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteHash(writer, InputsKey);
            WriteHash(writer, OutcomesKey);
            WriteHash(writer, ContextKey);
            writer.Write(Seeds.Count);
            foreach (var seed in Seeds)
            {
                writer.Write(seed.Name);
                WriteHash(writer, seed.OutcomeHash);
            }

            writer.Write(Articles);
            writer.Write(Pages);
            writer.Write(Files);
            SeedOutcomeFormat.WriteDiagnostics(writer, Warnings);
            writer.Write(Outputs.Count);
            foreach (var (file, entry) in Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                writer.Write(file);
                WriteHash(writer, entry.Fingerprint);
                writer.Write(entry.Length);
                writer.Write(entry.ModifiedTicks);
            }

            writer.Write(DataInputs.Count);
            foreach (var (file, inputs) in DataInputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                writer.Write(file);
                WriteHash(writer, inputs);
            }

            var names = PageTemplates.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
            writer.Write(names.Count);
            foreach (var name in names)
            {
                writer.Write(name);
            }

            writer.Write(PageTemplates.Count);
            foreach (var (page, template) in PageTemplates.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                writer.Write(page);
                writer.Write(index[template]);
            }
        }

        CacheFile.Write(path, Kind, stamp, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    /// <summary>True when every recorded file is on disk with its recorded size and time and nothing else is there.</summary>
    public bool Matches(IReadOnlyDictionary<string, (long Length, long ModifiedTicks)> onDisk)
    {
        ArgumentNullException.ThrowIfNull(onDisk);
        return onDisk.Count == Outputs.Count && Outputs.All(o => IsIntact(o.Key, o.Value.Fingerprint, onDisk));
    }

    /// <summary>True when <paramref name="file"/> was published from <paramref name="fingerprint"/> and is still on disk as it was left.</summary>
    public bool IsIntact(string file, UInt128 fingerprint, IReadOnlyDictionary<string, (long Length, long ModifiedTicks)> onDisk)
    {
        ArgumentNullException.ThrowIfNull(onDisk);
        return Outputs.TryGetValue(file, out var entry) && entry.Fingerprint == fingerprint
            && onDisk.TryGetValue(file, out var state) && state.Length == entry.Length && state.ModifiedTicks == entry.ModifiedTicks;
    }

    private static void WriteHash(BinaryWriter writer, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        writer.Write(bytes);
    }
}
