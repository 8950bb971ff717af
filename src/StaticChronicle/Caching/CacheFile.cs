using System.Security.Cryptography;

namespace StaticChronicle.Caching;

/// <summary>
/// The envelope every cache file shares: a magic header, the format version, the stamp of what produced it
/// (tool, configuration) and a SHA-256 of the payload. A file that does not verify in every part is never read.
/// </summary>
public static class CacheFile
{
    /// <summary>Bumped whenever the layout of any cache file changes.</summary>
    public const int FormatVersion = 8;

    /// <summary>Why a file made in another cache format is not read.</summary>
    public const string AnotherFormat = "was written in another cache format";

    /// <summary>Why a file made by another build of the tool, or for another configuration, is not read.</summary>
    public const string AnotherStamp = "was made by another version of the tool or another configuration";

    private static readonly byte[] Magic = "SCCACHE\0"u8.ToArray();
    private const int HeaderLength = 8 + 4 + 1 + 32 + 8 + 32;

    /// <summary>
    /// The payload of <paramref name="path"/> when the file is complete, of <paramref name="kind"/>, made with
    /// <paramref name="stamp"/>, and its checksum matches; otherwise null and why (null reason when there is no file).
    /// </summary>
    public static byte[]? Read(string path, byte kind, ReadOnlySpan<byte> stamp, out string? whyNot) =>
        ReadPayload(path, kind, stamp, out whyNot) is { } payload ? payload.ToArray() : null;

    /// <summary>
    /// As <see cref="Read"/>, the payload left where it was read (after the header) instead of copied: the extraction
    /// cache is tens of megabytes, and each copy of it is a large-object allocation the collector has to account for.
    /// </summary>
    public static ArraySegment<byte>? ReadPayload(string path, byte kind, ReadOnlySpan<byte> stamp, out string? whyNot)
    {
        whyNot = null;
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            whyNot = $"cannot be read ({e.Message})";
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            whyNot = $"cannot be read ({e.Message})";
            return null;
        }

        var span = bytes.AsSpan();
        if (span.Length < HeaderLength || !span[..8].SequenceEqual(Magic))
        {
            whyNot = "is not a StaticChronicle cache file";
            return null;
        }

        if (BitConverter.ToInt32(span[8..12]) != FormatVersion || span[12] != kind)
        {
            whyNot = AnotherFormat;
            return null;
        }

        if (!span[13..45].SequenceEqual(stamp))
        {
            whyNot = AnotherStamp;
            return null;
        }

        var length = BitConverter.ToInt64(span[45..53]);
        if (length != span.Length - HeaderLength)
        {
            whyNot = "is truncated or has trailing bytes";
            return null;
        }

        var payload = new ArraySegment<byte>(bytes, HeaderLength, bytes.Length - HeaderLength);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(span[53..85]))
        {
            whyNot = "failed its checksum";
            return null;
        }

        return payload;
    }

    /// <summary>True when <paramref name="whyNot"/> says the file is only out of date, not damaged.</summary>
    public static bool IsStale(string? whyNot) => whyNot is AnotherFormat or AnotherStamp;

    /// <summary>Writes the file through a temporary sibling and a rename, so a reader never sees half of it.</summary>
    public static void Write(string path, byte kind, ReadOnlySpan<byte> stamp, ReadOnlySpan<byte> payload)
    {
        if (stamp.Length != 32)
        {
            throw new ArgumentException("A stamp is 32 bytes.", nameof(stamp));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var header = new byte[HeaderLength];
        Magic.CopyTo(header, 0);
        BitConverter.TryWriteBytes(header.AsSpan(8), FormatVersion);
        header[12] = kind;
        stamp.CopyTo(header.AsSpan(13));
        BitConverter.TryWriteBytes(header.AsSpan(45), (long)payload.Length);
        SHA256.HashData(payload, header.AsSpan(53));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(header);
                stream.Write(payload);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
