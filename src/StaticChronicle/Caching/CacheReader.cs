using System.Buffers.Binary;
using System.Text;

namespace StaticChronicle.Caching;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, strings as a 7-bit length and UTF-8 bytes) from a
/// cache file's payload in memory. <see cref="BinaryReader.ReadString"/> decodes a string longer than 128 bytes through a
/// growing <see cref="StringBuilder"/>, which for 10,000 cached article bodies was most of the time a build spent reading
/// the cache; here each string is decoded from the bytes in one step into one allocation.
/// </summary>
public sealed class CacheReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ArraySegment<byte> _bytes;
    private int _position;

    public CacheReader(ArraySegment<byte> bytes)
    {
        _bytes = bytes;
    }

    /// <summary>Bytes read so far.</summary>
    public int Position => _position;

    public int Length => _bytes.Count;

    /// <summary>The bytes from <paramref name="start"/> up to what has been read.</summary>
    public ReadOnlySpan<byte> Since(int start) => _bytes.AsSpan(start, _position - start);

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public UInt128 ReadHash() => BinaryPrimitives.ReadUInt128LittleEndian(Take(16));

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0)
        {
            throw new InvalidDataException($"impossible string length {length}");
        }

        return length == 0 ? "" : Utf8.GetString(Take(length));
    }

    /// <summary>A count read back; a checksummed file never holds a wild one, but a bug must not allocate gigabytes.</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 && count <= _bytes.Count - _position
            ? count
            : throw new InvalidDataException($"impossible count {count}");
    }

    private int Read7BitEncodedInt()
    {
        // As BinaryReader: seven bits a byte, low bits first, at most five bytes.
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return (int)result;
            }
        }

        throw new FormatException("a length is encoded in more than five bytes");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Count - _position)
        {
            throw new EndOfStreamException("the file ends inside a value");
        }

        var span = _bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
