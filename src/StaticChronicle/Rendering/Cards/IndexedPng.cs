using System.Buffers.Binary;
using System.IO.Compression;

namespace StaticChronicle.Rendering.Cards;

/// <summary>
/// Writes 8-bit palette PNGs of one size and palette that share a ground: a card has a few flat colours and their
/// anti-aliasing ramps, so a palette holds it exactly at a third of the bytes of RGB. The ground is compressed once,
/// in bands of <see cref="BandRows"/> rows, each a deflate piece of its own; an image then compresses only the bands
/// it drew on and joins the pieces (a deflate stream may be cut after a flush and continued by another), which
/// halves the work. Bands, not single rows: a piece cannot refer to the rows before it, and a flat row compressed
/// alone costs some 20 bytes, which over 630 rows was half of a card.
/// </summary>
public sealed class IndexedPng
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>zlib's header for deflate with a 32 KiB window (CMF 0x78, FLG 0x01: the check bits, no dictionary).</summary>
    private static ReadOnlySpan<byte> ZlibHeader => [0x78, 0x01];

    /// <summary>An empty final block with fixed codes: what ends the joined deflate pieces.</summary>
    private static ReadOnlySpan<byte> FinalBlock => [0x03, 0x00];

    /// <summary>Rows per ground piece: the drawn rows are widened to whole bands.</summary>
    public const int BandRows = 16;

    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _head;
    private readonly byte[][] _groundPieces;
    private readonly uint[] _groundAdler;

    /// <param name="ground">
    /// <paramref name="height"/> rows of one filter byte (0) and <paramref name="width"/> palette indices each;
    /// <paramref name="palette"/> is 0xRRGGBB per index.
    /// </param>
    public IndexedPng(int width, int height, ReadOnlySpan<int> palette, ReadOnlySpan<byte> ground)
    {
        CheckRows(width, height, ground);
        if (palette.Length is 0 or > 256)
        {
            throw new ArgumentException("A palette holds 1 to 256 colours.", nameof(palette));
        }

        _width = width;
        _height = height;
        using var head = new MemoryStream();
        head.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = 3; // colour type: palette
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering (every row says "none")
        header[12] = 0; // not interlaced
        Chunk(head, "IHDR"u8, header);
        var colours = new byte[palette.Length * 3];
        for (var i = 0; i < palette.Length; i++)
        {
            colours[i * 3] = (byte)(palette[i] >> 16);
            colours[(i * 3) + 1] = (byte)(palette[i] >> 8);
            colours[(i * 3) + 2] = (byte)palette[i];
        }

        Chunk(head, "PLTE"u8, colours);
        _head = head.ToArray();

        var bands = (height + BandRows - 1) / BandRows;
        _groundPieces = new byte[bands][];
        _groundAdler = new uint[bands];
        for (var band = 0; band < bands; band++)
        {
            // Once per build, so the ground takes zlib's smallest output.
            (_groundPieces[band], _groundAdler[band]) = Piece(Band(ground, band), CompressionLevel.SmallestSize);
        }
    }

    /// <summary>
    /// The PNG of <paramref name="rows"/> (laid out as the ground), whose rows outside [<paramref name="first"/>,
    /// <paramref name="end"/>) are the ground's.
    /// </summary>
    public byte[] Encode(ReadOnlySpan<byte> rows, int first, int end)
    {
        CheckRows(_width, _height, rows);
        first = Math.Clamp(first, 0, _height);
        end = Math.Clamp(end, first, _height);
        var bands = _groundPieces.Length;
        var firstBand = first / BandRows;
        var endBand = end > first ? (end + BandRows - 1) / BandRows : firstBand;
        using var data = new MemoryStream(32 * 1024);
        data.Write(ZlibHeader);
        var adler = Adler32.Start;
        for (var band = 0; band < firstBand; band++)
        {
            data.Write(_groundPieces[band]);
            adler = Adler32.Combine(adler, _groundAdler[band], BandLength(band));
        }

        if (endBand > firstBand)
        {
            var stride = _width + 1;
            var drawn = rows[(firstBand * BandRows * stride)..(Math.Min(endBand * BandRows, _height) * stride)];
            var (piece, drawnAdler) = Piece(drawn, CompressionLevel.Optimal);
            data.Write(piece);
            adler = Adler32.Combine(adler, drawnAdler, drawn.Length);
        }

        for (var band = endBand; band < bands; band++)
        {
            data.Write(_groundPieces[band]);
            adler = Adler32.Combine(adler, _groundAdler[band], BandLength(band));
        }

        data.Write(FinalBlock);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, adler);
        data.Write(checksum);

        using var output = new MemoryStream((int)data.Length + _head.Length + 32);
        output.Write(_head);
        Chunk(output, "IDAT"u8, data.GetBuffer().AsSpan(0, (int)data.Length));
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    /// <summary>
    /// <paramref name="bytes"/> as deflate blocks that refer to nothing before them and end on a byte boundary (a
    /// sync flush), without a final block: pieces like this, one after another, are one valid deflate stream. And
    /// their Adler-32, which zlib computes (vectorised) and writes at the end of the stream it closes.
    /// </summary>
    private static (byte[] Piece, uint Adler) Piece(ReadOnlySpan<byte> bytes, CompressionLevel level)
    {
        using var compressed = new MemoryStream();
        int flushed;
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            zlib.Write(bytes);
            zlib.Flush();
            flushed = (int)compressed.Length;
        }

        // After the flush point zlib wrote only the final block and the checksum; the two-byte header is dropped too.
        var all = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        return (all[ZlibHeader.Length..flushed].ToArray(), BinaryPrimitives.ReadUInt32BigEndian(all[^4..]));
    }

    private ReadOnlySpan<byte> Band(ReadOnlySpan<byte> rows, int band) =>
        rows[(band * BandRows * (_width + 1))..(Math.Min((band + 1) * BandRows, _height) * (_width + 1))];

    private int BandLength(int band) => (Math.Min((band + 1) * BandRows, _height) - (band * BandRows)) * (_width + 1);

    private static void CheckRows(int width, int height, ReadOnlySpan<byte> rows)
    {
        if (rows.Length != (width + 1) * height)
        {
            throw new ArgumentException("Each row is one filter byte and one index per pixel.", nameof(rows));
        }
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(type);
        output.Write(data);
        var crc = new System.IO.Hashing.Crc32();
        crc.Append(type);
        crc.Append(data);
        Span<byte> check = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(check, crc.GetCurrentHashAsUInt32());
        output.Write(check);
    }
}
