using System.Buffers;
using StaticChronicle.Caching;

namespace StaticChronicle.Build;

/// <summary>
/// The files of the output folder an earlier build published, read to publish only what differs from them when
/// no build record says what they are (a build without the cache, or from an empty one). Replacing the whole
/// folder would delete every file and write it again: on a disk that discards freed blocks, deleting a 10,000-page
/// site alone took 6 s, while comparing it with the new pages (the old ones are in the page cache) takes a
/// fraction of that. A file counts as unchanged only when its bytes are the new bytes, never by its size or time.
/// </summary>
public sealed class PublishedOutput
{
    private readonly string _root;
    private readonly Dictionary<string, (long Length, long ModifiedTicks)> _files;

    private PublishedOutput(string root, Dictionary<string, (long Length, long ModifiedTicks)> files)
    {
        _root = root;
        _files = files;
    }

    /// <summary>The files found, relative and '/' separated, with their sizes and times.</summary>
    public Dictionary<string, (long Length, long ModifiedTicks)> Files => _files;

    /// <summary>
    /// The published site in <paramref name="output"/>, or null when there is none to compare with: the folder is
    /// missing, or holds no marker of ours (a folder is only ever replaced whole the first time).
    /// </summary>
    public static PublishedOutput? Open(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(OutputFolder.Resolve(output, OutputFolder.MarkerFile)))
        {
            return null;
        }

        return new PublishedOutput(output, OutputTree.Scan(output));
    }

    /// <summary>True when the published file at <paramref name="path"/> holds exactly <paramref name="bytes"/>.</summary>
    public bool Holds(string path, ReadOnlySpan<byte> bytes)
    {
        if (!_files.TryGetValue(path, out var state) || state.Length != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            using var file = File.OpenHandle(OutputFolder.Resolve(_root, path));
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(file, buffer.AsSpan(read, bytes.Length - read), read);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return bytes.SequenceEqual(buffer.AsSpan(0, bytes.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: publish the new file over it.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the published file at <paramref name="path"/> has the content hash <paramref name="hash"/>.</summary>
    public bool HoldsHash(string path, UInt128 hash)
    {
        if (!_files.ContainsKey(path))
        {
            return false;
        }

        try
        {
            return ContentHash.OfFile(OutputFolder.Resolve(_root, path)) == hash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
