using System.Buffers.Binary;
using System.IO.Compression;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// Writes an 8-bit palette PNG. A card has a few flat colours and their anti-aliasing ramps, so a palette holds it
/// exactly at a third of the bytes of RGB, and deflate gets through the long runs of one index quickly.
/// </summary>
public static class IndexedPng
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The PNG of <paramref name="rows"/>: <paramref name="height"/> rows of one filter byte (0) and
    /// <paramref name="width"/> palette indices each; <paramref name="palette"/> is 0xRRGGBB per index.
    /// </summary>
    public static byte[] Encode(int width, int height, ReadOnlySpan<int> palette, ReadOnlySpan<byte> rows)
    {
        if (rows.Length != (width + 1) * height)
        {
            throw new ArgumentException("Each row is one filter byte and one index per pixel.", nameof(rows));
        }

        if (palette.Length is 0 or > 256)
        {
            throw new ArgumentException("A palette holds 1 to 256 colours.", nameof(palette));
        }

        using var output = new MemoryStream(64 * 1024);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = 3; // colour type: palette
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering (every row says "none")
        header[12] = 0; // not interlaced
        Chunk(output, "IHDR"u8, header);

        var colours = new byte[palette.Length * 3];
        for (var i = 0; i < palette.Length; i++)
        {
            colours[i * 3] = (byte)(palette[i] >> 16);
            colours[(i * 3) + 1] = (byte)(palette[i] >> 8);
            colours[(i * 3) + 2] = (byte)palette[i];
        }

        Chunk(output, "PLTE"u8, colours);

        using (var compressed = new MemoryStream(64 * 1024))
        {
            // The fastest level: a card is mostly runs of one index, which even that level folds to a few bytes each.
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(rows);
            }

            Chunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        }

        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(type);
        output.Write(data);
        var crc = Crc32.Finish(Crc32.Append(Crc32.Append(Crc32.Start, type), data));
        Span<byte> check = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(check, crc);
        output.Write(check);
    }
}
