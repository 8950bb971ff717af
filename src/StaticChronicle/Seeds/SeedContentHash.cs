using System.Security.Cryptography;
using System.Text;
using StaticChronicle.Text;

namespace StaticChronicle.Seeds;

/// <summary>The content hash in a seed's file name: SHA-256 of the normalized text's UTF-8 bytes, first 16 hex digits.</summary>
/// <remarks>
/// The five original seeds were named with a hash of something that is not their bytes (no SHA-256, SHA-1 or MD5
/// of the raw or normalized text matches), so new seeds use this documented scheme. Normalizing first means the
/// same article pasted with CRLF line endings, a BOM or trailing spaces gets the same name and counts as a duplicate.
/// </remarks>
public static class SeedContentHash
{
    public const int Length = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Hash of <paramref name="bytes"/>; throws <see cref="DecoderFallbackException"/> when they are not UTF-8.</summary>
    public static string Compute(ReadOnlySpan<byte> bytes) => Compute(Normalize(bytes));

    /// <summary>Hash of text that is already normalized (see <see cref="Normalize(ReadOnlySpan{byte})"/>).</summary>
    public static string Compute(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText));
        return Convert.ToHexStringLower(digest)[..Length];
    }

    /// <summary>
    /// The text as hashed: BOM dropped, line endings as LF, Unicode NFC, no trailing spaces on a line,
    /// no blank lines at the start or end.
    /// </summary>
    public static string Normalize(ReadOnlySpan<byte> bytes)
    {
        var text = StrictUtf8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
        var lines = UnicodeNormalization.ToNfc(text.ReplaceLineEndings("\n")).Split('\n');
        return string.Join('\n', lines.Select(line => line.TrimEnd())).Trim('\n');
    }
}
