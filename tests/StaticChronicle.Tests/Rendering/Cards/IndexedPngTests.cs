using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;
using StaticChronicle.Rendering.Cards;

namespace StaticChronicle.Tests.Rendering.Cards;

public class IndexedPngTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 9)]
    [InlineData(0, 20)]
    [InlineData(19, 20)]
    public void Ground_pieces_and_drawn_rows_join_into_one_stream_zlib_accepts_with_its_checksum(int first, int end)
    {
        const int width = 37, height = 20;
        var ground = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            ground.AsSpan((y * (width + 1)) + 1, width).Fill((byte)(y % 3));
        }

        var rows = (byte[])ground.Clone();
        var random = new Random(7);
        for (var y = first; y < end; y++)
        {
            for (var x = 1; x <= width; x++)
            {
                rows[(y * (width + 1)) + x] = (byte)random.Next(4);
            }
        }

        var png = new IndexedPng(width, height, [0xFFFFFF, 0x000000, 0xA3161A, 0x595959], ground).Encode(rows, first, end);

        Assert.Equal(rows, Inflate(Idat(png)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }

    private static byte[] Idat(byte[] png)
    {
        var position = 8;
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            if (Encoding.ASCII.GetString(png, position + 4, 4) == "IDAT")
            {
                return png.AsSpan(position + 8, length).ToArray();
            }

            position += 12 + length;
        }

        throw new Xunit.Sdk.XunitException("no IDAT chunk");
    }

    private static byte[] Inflate(byte[] zlib)
    {
        // ZLibStream checks the Adler-32 at the end: a wrongly joined checksum fails here.
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
