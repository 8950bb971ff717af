using System.Text;
using StaticChronicle.Caching;

namespace StaticChronicle.Tests.Caching;

public class MurmurHash3Tests
{
    /// <summary>Published MurmurHash3_x64_128 values (seed 0), the first 64-bit half as the low bits.</summary>
    [Theory]
    [InlineData("", 0x0000000000000000UL, 0x0000000000000000UL)]
    [InlineData("hello", 0xcbd8a7b341bd9b02UL, 0x5b1e906a48ae1d19UL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0xe34bbc7bbc071b6cUL, 0x7a433ca9c49a9347UL)]
    public void The_hash_matches_the_reference_implementation(string text, ulong low, ulong high)
    {
        Assert.Equal(new UInt128(high, low), MurmurHash3.Hash128(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Every_length_around_the_block_size_hashes_differently()
    {
        var bytes = Enumerable.Range(1, 40).Select(i => (byte)i).ToArray();
        var hashes = Enumerable.Range(0, bytes.Length + 1).Select(n => MurmurHash3.Hash128(bytes.AsSpan(0, n))).ToList();
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }
}
