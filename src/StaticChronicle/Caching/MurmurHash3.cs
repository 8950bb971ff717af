using System.Buffers.Binary;
using System.Numerics;

namespace StaticChronicle.Caching;

/// <summary>
/// MurmurHash3 x64 128-bit (Austin Appleby's public-domain algorithm): what page fingerprints hash with. Far
/// cheaper per call than SHA-256 for the hundreds of thousands of small model objects of a large site, and with
/// 128 bits a chance collision between two versions of a page is negligible (the inputs are not adversarial:
/// whoever can write a seed can change the site anyway).
/// </summary>
public static class MurmurHash3
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    public static UInt128 Hash128(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var h1 = seed;
        var h2 = seed;
        var blocks = data.Length / 16;
        for (var i = 0; i < blocks; i++)
        {
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 16));
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice((i * 16) + 8));
            h1 ^= MixK1(k1);
            h1 = BitOperations.RotateLeft(h1, 27) + h2;
            h1 = (h1 * 5) + 0x52dce729;
            h2 ^= MixK2(k2);
            h2 = BitOperations.RotateLeft(h2, 31) + h1;
            h2 = (h2 * 5) + 0x38495ab5;
        }

        var tail = data[(blocks * 16)..];
        if (tail.Length > 8)
        {
            Span<byte> padded = stackalloc byte[8];
            padded.Clear();
            tail[8..].CopyTo(padded);
            h2 ^= MixK2(BinaryPrimitives.ReadUInt64LittleEndian(padded));
        }

        if (tail.Length > 0)
        {
            Span<byte> padded = stackalloc byte[8];
            padded.Clear();
            tail[..Math.Min(8, tail.Length)].CopyTo(padded);
            h1 ^= MixK1(BinaryPrimitives.ReadUInt64LittleEndian(padded));
        }

        h1 ^= (ulong)data.Length;
        h2 ^= (ulong)data.Length;
        h1 += h2;
        h2 += h1;
        h1 = Finish(h1);
        h2 = Finish(h2);
        h1 += h2;
        h2 += h1;
        return new UInt128(h2, h1);
    }

    private static ulong MixK1(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong MixK2(ulong k) => BitOperations.RotateLeft(k * C2, 33) * C1;

    private static ulong Finish(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccd;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53;
        k ^= k >> 33;
        return k;
    }
}
