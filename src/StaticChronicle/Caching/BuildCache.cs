using System.Security.Cryptography;
using System.Text;
using StaticChronicle.Build;
using StaticChronicle.Config;

namespace StaticChronicle.Caching;

/// <summary>
/// The incremental build cache of one site and output folder, in <c>.chronicle/cache/</c> beside the configuration:
/// the seeds' extraction outcomes (shared by every output folder) and the record of what the last build of this
/// output folder published. Anything in it that does not verify is ignored, with a note.
/// </summary>
public sealed class BuildCache
{
    /// <summary>The cache folder, relative to the folder of <c>site-config.yml</c> (git-ignored with <c>.chronicle/</c>).</summary>
    public const string FolderName = ".chronicle/cache";

    private readonly SiteConfig _config;
    private readonly string _folder;
    private readonly byte[] _extractionStamp;
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, (long Length, long ModifiedTicks)> _seedStates = new(StringComparer.Ordinal);
    private ExtractionCache? _extraction;
    private bool _recordRead;
    private bool _staleNoted;
    private BuildRecord? _record;
    private Task<Dictionary<string, (long Length, long ModifiedTicks)>>? _outputScan;

    private BuildCache(SiteConfig config, string folder)
    {
        _config = config;
        _folder = folder;

        // The base URL and output folder change only what is rendered, so serve's preview and build share one extraction cache.
        var extractionConfig = config with { BaseUrl = new Uri("https://extraction.invalid/"), Paths = config.Paths with { Output = "" } };
        _extractionStamp = Stamp(new ModelFingerprint().Of(extractionConfig));
        RecordPath = Path.Combine(folder, $"build-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(config.OutputDirectory))))[..16]}.bin");
    }

    /// <summary>Why parts of the cache were ignored, one line each.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_notes)
            {
                return [.. _notes];
            }
        }
    }

    /// <summary>The key of the configuration, templates and options, once <see cref="NothingChanged"/> computed it.</summary>
    public UInt128 ContextKey { get; private set; }

    /// <summary>Every seed's name and outcome hash in build order, once <see cref="SameArticles"/> found them all (empty before).</summary>
    public IReadOnlyList<SeedHash> SeedHashes { get; private set; } = [];

    /// <summary>The key of this build's inputs, once <see cref="NothingChanged"/> computed it.</summary>
    public UInt128 InputsKey { get; private set; }

    /// <summary>The key of the extracted articles with everything else the site is built from, once <see cref="SameArticles"/> computed it.</summary>
    public UInt128 OutcomesKey { get; private set; }

    /// <summary>
    /// The output folder's files as <see cref="NothingChanged"/> found them (null before, or without a record). When the
    /// inputs changed, the folder is listed beside extraction and this waits for the list.
    /// </summary>
    public Dictionary<string, (long Length, long ModifiedTicks)>? OutputScan => _outputScan?.GetAwaiter().GetResult();

    /// <summary>Where this output folder's build record lives.</summary>
    public string RecordPath { get; }

    /// <summary>The seeds' outcomes, read on first use.</summary>
    public ExtractionCache Extraction
    {
        get
        {
            if (_extraction is null)
            {
                _extraction = ExtractionCache.Open(Path.Combine(_folder, "extraction"), _extractionStamp, _config.RootDirectory, out var note, out var stale);

                // The seeds were just looked at for the "nothing changed" check: no need to ask the file system again.
                _extraction.KnownStates = _seedStates;
                AddNote(note);
                if (stale)
                {
                    AddStaleNote();
                }
            }

            return _extraction;
        }
    }

    /// <summary>What the last build of this output folder published, or null when there is no trustworthy record.</summary>
    public BuildRecord? Record
    {
        get
        {
            if (!_recordRead)
            {
                _recordRead = true;
                _record = BuildRecord.Read(RecordPath, ToolStamp.Current, out var note, out var stale);
                AddNote(note);
                if (stale)
                {
                    AddStaleNote();
                }
            }

            return _record;
        }
    }

    /// <summary>
    /// Why the cache cannot be used at all (a file stands where its folder should be), or null when it can. Such a file
    /// is not ours to delete, so the build goes on without the cache and says so in one line.
    /// </summary>
    public static string? WhyUnusable(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var folder = config.RootDirectory;
        foreach (var part in FolderName.Split('/').Append("extraction"))
        {
            folder = Path.Combine(folder, part);
            if (File.Exists(folder))
            {
                return $"{Diagnostics.DisplayPath.For(folder)} is a file, not a folder, so the build cache is not used. Delete or move that file to have the cache again.";
            }
        }

        return null;
    }

    public static BuildCache Open(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new BuildCache(config, Path.Combine(config.RootDirectory, FolderName));
    }

    /// <summary>
    /// True when the configuration, templates, options, tool and every seed's size and time are what the last build
    /// of this output folder saw, and its published files are all still there as it left them.
    /// </summary>
    /// <param name="known">Sizes and times the caller already has (from listing the seeds), taken instead of asking again.</param>
    public bool NothingChanged(IReadOnlyList<string> seedFiles, BuildOptions options, out BuildRecord? record, IReadOnlyDictionary<string, (long Length, long ModifiedTicks)>? known = null)
    {
        ArgumentNullException.ThrowIfNull(seedFiles);
        ArgumentNullException.ThrowIfNull(options);
        var seeds = new List<object>(seedFiles.Count * 3);
        foreach (var file in seedFiles)
        {
            (long, long) state;
            if (known is not null && known.TryGetValue(file, out var listed))
            {
                state = listed;
            }
            else
            {
                var info = new FileInfo(file);
                state = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1L, -1L);
            }

            _seedStates[file] = state;
            seeds.Add(Path.GetFileName(file));
            seeds.Add(state.Item1);
            seeds.Add(state.Item2);
        }

        var templates = new List<object>();
        if (Directory.Exists(_config.TemplatesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(_config.TemplatesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                templates.Add(Path.GetRelativePath(_config.TemplatesDirectory, file));
                templates.Add(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
            }
        }

        // The working folder is in the key because the recorded warnings name files relative to it.
        ContextKey = new ModelFingerprint().Of(_config, templates, options.Search, options.BuiltAt, Environment.CurrentDirectory);
        InputsKey = new ModelFingerprint().Of(ContextKey, seeds);
        record = Record;
        if (record is null)
        {
            return false;
        }

        // Listing 10,000 page folders is system calls, not computation: it goes on while the seeds are read, unless
        // the answer is needed now.
        var output = _config.OutputDirectory;
        _outputScan = Task.Run(() => OutputTree.Scan(output));
        return record.InputsKey == InputsKey && !options.Search && record.Matches(OutputScan!);
    }

    /// <summary>
    /// True when extraction gave exactly the outcomes, in the same order, that the last build of this output folder was
    /// made from, with the same configuration, templates and options, and its files are still as it left them: seeds
    /// were touched or edited without changing what was extracted, so the site would come out the same. The record
    /// then takes this run's seed sizes and times, so that the next build stops at the first check.
    /// </summary>
    public bool SameArticles(IReadOnlyList<string> seedFiles, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(seedFiles);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<object>(seedFiles.Count * 2);
        var hashes = new SeedHash[seedFiles.Count];
        for (var i = 0; i < seedFiles.Count; i++)
        {
            if (Extraction.OutcomeHashOf(seedFiles[i]) is not { } hash)
            {
                return false;
            }

            hashes[i] = new SeedHash(Path.GetFileName(seedFiles[i]), hash);
            outcomes.Add(hashes[i].Name);
            outcomes.Add(hash);
        }

        SeedHashes = hashes;
        OutcomesKey = new ModelFingerprint().Of(ContextKey, outcomes);
        if (Record is not { } record || record.OutcomesKey != OutcomesKey || options.Search || OutputScan is null || !record.Matches(OutputScan))
        {
            return false;
        }

        try
        {
            SaveRecord(record with { InputsKey = InputsKey });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AddNote($"the build cache could not be written ({e.Message}); the next build will not be faster.");
        }

        return true;
    }

    public void SaveRecord(BuildRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Write(RecordPath, ToolStamp.Current);
    }

    /// <summary>Forgets this output folder's record (after a build the record cannot describe, such as one with a search index).</summary>
    public void DropRecord()
    {
        if (File.Exists(RecordPath))
        {
            File.Delete(RecordPath);
        }
    }

    /// <summary>Adds a line to <see cref="Notes"/>.</summary>
    public void AddNote(string? note)
    {
        if (note is not null)
        {
            lock (_notes)
            {
                _notes.Add(note);
            }
        }
    }

    /// <summary>
    /// One line for a cache that is merely out of date, however many of its files are: after an upgrade every file
    /// says the same thing, and a line per file would bury the build's own output.
    /// </summary>
    private void AddStaleNote()
    {
        lock (_notes)
        {
            if (!_staleNoted)
            {
                _staleNoted = true;
                _notes.Add($"{Diagnostics.DisplayPath.For(_folder)} was made by another version of StaticChronicle, in another cache format or for another configuration; this build does not use it and fills it again.");
            }
        }
    }

    private static byte[] Stamp(UInt128 configFingerprint)
    {
        var bytes = new byte[48];
        ToolStamp.Current.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes.AsSpan(32), configFingerprint);
        return SHA256.HashData(bytes);
    }
}
