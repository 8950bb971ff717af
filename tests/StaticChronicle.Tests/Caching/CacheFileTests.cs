using StaticChronicle.Caching;
using StaticChronicle.Tests.Build;

namespace StaticChronicle.Tests.Caching;

public sealed class CacheFileTests : IDisposable
{
    private static readonly byte[] Stamp = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Written()
    {
        var path = _temp.Combine("cache", "x.bin");
        CacheFile.Write(path, 7, Stamp, "payload bytes"u8);
        return path;
    }

    [Fact]
    public void A_written_file_reads_back_its_payload()
    {
        var payload = CacheFile.Read(Written(), 7, Stamp, out var whyNot);

        Assert.Null(whyNot);
        Assert.Equal("payload bytes"u8.ToArray(), payload);
        Assert.Equal(["x.bin"], Directory.EnumerateFiles(_temp.Combine("cache")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_file_is_no_cache_and_no_complaint()
    {
        Assert.Null(CacheFile.Read(_temp.Combine("none.bin"), 7, Stamp, out var whyNot));
        Assert.Null(whyNot);
    }

    [Theory]
    [InlineData("truncated", "is truncated or has trailing bytes")]
    [InlineData("extended", "is truncated or has trailing bytes")]
    [InlineData("payload byte flipped", "failed its checksum")]
    [InlineData("checksum byte flipped", "failed its checksum")]
    [InlineData("other format version", "was written in another cache format")]
    [InlineData("other kind", "was written in another cache format")]
    [InlineData("other stamp", "was made by another version of the tool or another configuration")]
    [InlineData("not ours", "is not a StaticChronicle cache file")]
    [InlineData("empty", "is not a StaticChronicle cache file")]
    public void A_file_that_does_not_verify_is_not_read(string damage, string reason)
    {
        var path = Written();
        var bytes = File.ReadAllBytes(path);
        var stamp = Stamp.ToArray();
        var kind = (byte)7;
        switch (damage)
        {
            case "truncated": bytes = bytes[..^1]; break;
            case "extended": bytes = [.. bytes, 0]; break;
            case "payload byte flipped": bytes[^3] ^= 1; break;
            case "checksum byte flipped": bytes[60] ^= 1; break;
            case "other format version": bytes[8] ^= 1; break;
            case "other kind": kind = 8; break;
            case "other stamp": stamp[5] ^= 1; break;
            case "not ours": bytes[0] = (byte)'X'; break;
            case "empty": bytes = []; break;
        }

        File.WriteAllBytes(path, bytes);

        Assert.Null(CacheFile.Read(path, kind, stamp, out var whyNot));
        Assert.Equal(reason, whyNot);
    }
}
