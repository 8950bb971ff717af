using System.Buffers.Binary;
using System.Security.Cryptography;

namespace StaticChronicle.Caching;

/// <summary>SHA-256 of bytes, shortened to 128 bits: what the cache compares file contents by.</summary>
public static class ContentHash
{
    public static UInt128 Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    public static UInt128 OfFile(string path) => Of(File.ReadAllBytes(path));
}
