namespace StaticChronicle.Rendering.Cards;

/// <summary>zlib's rule for joining the Adler-32 checksums of two pieces of a stream (zlib computes each piece's own).</summary>
public static class Adler32
{
    private const uint Base = 65521;

    public const uint Start = 1;

    /// <summary>The checksum of the first piece followed by a second of <paramref name="secondLength"/> bytes.</summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        var remainder = (ulong)(secondLength % Base);
        ulong sum1 = first & 0xFFFF;
        var sum2 = remainder * sum1 % Base;
        sum1 += (second & 0xFFFF) + Base - 1;
        sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + Base - remainder;
        sum1 %= Base;
        sum2 %= Base;
        return (uint)((sum2 << 16) | sum1);
    }
}
