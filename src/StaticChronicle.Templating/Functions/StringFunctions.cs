using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>string</c> builtins; a null text is treated as empty.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Template checksums (string.sha1, hmac_sha1), not security.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "Template checksums (string.md5), not security.")]
internal static class StringFunctions
{
    public static string Append(string? text, string? with) => (text ?? string.Empty) + with;

    public static string Base64Decode(string? text) => Encoding.UTF8.GetString(Convert.FromBase64String(text ?? string.Empty));

    public static string Base64Encode(string? text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text ?? string.Empty));

    public static string Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    public static string Capitalizewords(TemplateContext context, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            builder.Append(startOfWord && char.IsLetter(c) ? char.ToUpper(c, context.CurrentCulture) : c);
            startOfWord = char.IsWhiteSpace(c);
        }

        return builder.ToString();
    }

    public static bool Contains(string? text, string? value) => text is not null && value is not null && text.Contains(value, StringComparison.Ordinal);

    public static string Downcase(string? text) => (text ?? string.Empty).ToLowerInvariant();

    public static bool Empty(string? text) => string.IsNullOrEmpty(text);

    public static bool EndsWith(string? text, string? value) => text is not null && value is not null && text.EndsWith(value, StringComparison.Ordinal);

    public static bool EqualsIgnoreCase(string? text, string? other) => string.Equals(text, other, StringComparison.OrdinalIgnoreCase);

    public static string Escape(string? text)
    {
        var quoted = ScriptValues.Quote(text ?? string.Empty);
        return quoted[1..^1];
    }

    public static string Handleize(string? text)
    {
        var builder = new StringBuilder();
        var dash = false;
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                dash = false;
                builder.Append(c);
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }

    public static string HmacSha1(string? text, string? secretKey) => Hex(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secretKey ?? string.Empty), Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static string HmacSha256(string? text, string? secretKey) => Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey ?? string.Empty), Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static string HmacSha512(string? text, string? secretKey) => Hex(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secretKey ?? string.Empty), Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static int IndexOf(string? text, string? search) => text is null || search is null ? -1 : text.IndexOf(search, StringComparison.Ordinal);

    public static string Literal(string? text) => text is null ? "null" : ScriptValues.Quote(text);

    public static string Lstrip(string? text) => (text ?? string.Empty).TrimStart();

    public static string Md5(string? text) => Hex(MD5.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static string PadLeft(string? text, int width) => (text ?? string.Empty).PadLeft(width);

    public static string PadRight(string? text, int width) => (text ?? string.Empty).PadRight(width);

    public static string Pluralize(int number, string? singular, string? plural) => number == 1 ? singular ?? string.Empty : plural ?? string.Empty;

    public static string Prepend(string? text, string? by) => by + text;

    public static string Remove(string? text, string? remove) =>
        string.IsNullOrEmpty(remove) ? text ?? string.Empty : (text ?? string.Empty).Replace(remove, string.Empty, StringComparison.Ordinal);

    public static string RemoveFirst(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty);

    public static string RemoveLast(string? text, string? remove)
    {
        text ??= string.Empty;
        if (string.IsNullOrEmpty(remove))
        {
            return text;
        }

        var index = text.LastIndexOf(remove, StringComparison.Ordinal);
        return index < 0 ? text : text.Remove(index, remove.Length);
    }

    public static string Replace(string? text, string? match, string? replace) =>
        string.IsNullOrEmpty(match) ? text ?? string.Empty : (text ?? string.Empty).Replace(match, replace ?? string.Empty, StringComparison.Ordinal);

    public static string ReplaceFirst(string? text, string? match, string? replace)
    {
        text ??= string.Empty;
        if (string.IsNullOrEmpty(match))
        {
            return text;
        }

        var index = text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + match.Length));
    }

    public static string Rstrip(string? text) => (text ?? string.Empty).TrimEnd();

    public static string Sha1(string? text) => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static string Sha256(string? text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static string Sha512(string? text) => Hex(SHA512.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)));

    public static int Size(string? text) => text?.Length ?? 0;

    public static string Slice(string? text, int start, int length = 0)
    {
        text ??= string.Empty;
        if (length <= 0)
        {
            length = text.Length;
        }

        return Cut(text, start, length);
    }

    public static string Slice1(string? text, int start, int length = 1)
    {
        return Cut(text ?? string.Empty, start, length);
    }

    public static ScriptArray Split(string? text, string? separator) =>
        new((text ?? string.Empty).Split(separator ?? string.Empty, StringSplitOptions.RemoveEmptyEntries).Cast<object?>());

    public static bool StartsWith(string? text, string? value) => text is not null && value is not null && text.StartsWith(value, StringComparison.Ordinal);

    public static string Strip(string? text) => (text ?? string.Empty).Trim();

    public static string StripNewlines(string? text) =>
        (text ?? string.Empty).Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);

    public static object? ToDouble(TemplateContext context, string? text) =>
        double.TryParse(text, NumberStyles.Float, context.CurrentCulture, out var value) ? value : null;

    public static object? ToFloat(TemplateContext context, string? text) =>
        float.TryParse(text, NumberStyles.Float, context.CurrentCulture, out var value) ? value : null;

    public static object? ToInt(TemplateContext context, string? text) =>
        int.TryParse(text, NumberStyles.Integer, context.CurrentCulture, out var value) ? value : null;

    public static object? ToLong(TemplateContext context, string? text) =>
        long.TryParse(text, NumberStyles.Integer, context.CurrentCulture, out var value) ? value : null;

    public static string Truncate(string? text, int length, string? ellipsis = "...")
    {
        text ??= string.Empty;
        ellipsis ??= string.Empty;
        if (text.Length <= length)
        {
            return text;
        }

        var keep = Math.Max(0, length - ellipsis.Length);
        return text[..keep] + ellipsis;
    }

    public static string Truncatewords(string? text, int count, string? ellipsis = "...")
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? text ?? string.Empty : string.Join(' ', words.Take(Math.Max(0, count))) + ellipsis;
    }

    public static string Upcase(string? text) => (text ?? string.Empty).ToUpperInvariant();

    public static bool Whitespace(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A negative start counts from the end; what falls before the start of the text shortens the slice.</summary>
    private static string Cut(string text, int start, int length)
    {
        if (start < 0)
        {
            start += text.Length;
            if (start < 0)
            {
                length += start;
                start = 0;
            }
        }

        if (start >= text.Length || length <= 0)
        {
            return string.Empty;
        }

        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
