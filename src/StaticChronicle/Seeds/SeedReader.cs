using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Text;

namespace StaticChronicle.Seeds;

/// <summary>Bytes → <see cref="Seed"/>: strict UTF-8 (BOM optional), any line endings, optional YAML front matter.</summary>
public static class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a seed file; <paramref name="siteRoot"/> makes <see cref="Seed.SourcePath"/> relative.</summary>
    public static SeedReadResult Read(string file, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(siteRoot);
        var display = DisplayPath.For(file);
        if (HoldsNoBytes(file) is { } empty)
        {
            return empty;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(display, 0, 0, $"the seed cannot be read ({e.Message}). Check that the file exists and is readable.");
        }

        return Parse(bytes, SourcePathFor(file, siteRoot), display);
    }

    /// <summary>
    /// The "empty seed" result for a file of length 0, which is never opened: a FIFO, socket or device has length 0 too,
    /// and reading one would wait forever or never end. Null for a file with bytes (or one that is missing).
    /// </summary>
    public static SeedReadResult? HoldsNoBytes(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var info = new FileInfo(file);
        return info.Exists && info.Length == 0
            ? Fail(DisplayPath.For(file), 1, 1,
                "the seed is empty (or not a regular file, such as a pipe: only regular files are seeds). Paste the article's text into it, or delete the file.")
            : null;
    }

    /// <summary>Path relative to the site root with '/' separators; the file name alone when the seed lies outside it.</summary>
    public static string SourcePathFor(string file, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = Path.GetRelativePath(Path.GetFullPath(siteRoot), Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(file)
            : relative.Replace('\\', '/');
    }

    /// <summary>Decodes and splits seed bytes; never throws for bad input, reports it instead.</summary>
    public static SeedReadResult Parse(ReadOnlySpan<byte> bytes, string sourcePath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Fail(displayPath, 1, 1, "the seed is saved as UTF-16. Save it as UTF-8 (any editor's \"Save with encoding\" does it).");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            return Fail(displayPath, line, column,
                "this is a binary file, not article text (it holds a NUL byte here). Seeds must be UTF-8 text (.txt or .md); remove it from the seeds folder.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, Math.Max(0, e.Index));
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" (byte 0x{unknown[0]:X2})" : "";
            return Fail(displayPath, line, column,
                $"the seed is not valid UTF-8{bad}. Re-save it as UTF-8; if it was copied from a web page, copy it again as plain text.");
        }

        // One form for every later step: a name typed decomposed ("Vie\u0302\u0323t") must match, slug and
        // render as the composed one. The seed file itself is never rewritten.
        text = UnicodeNormalization.ToNfc(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(displayPath, 1, 1, "the seed is empty (it holds only blank lines). Paste the article's text into it, or delete the file.");
        }

        var (frontMatter, body, firstTextLine, problems) = FrontMatterParser.Split(text, displayPath);
        if (problems.Any(p => p.IsError))
        {
            return new SeedReadResult(null, problems);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(Diagnostic.Error(displayPath, firstTextLine, 0,
                "the seed has front matter but no article text after it. Paste the article below the closing '---'."));
            return new SeedReadResult(null, problems);
        }

        return new SeedReadResult(new Seed(sourcePath, displayPath, body, firstTextLine, frontMatter), problems);
    }

    /// <summary>1-based line and column (in characters) of a byte offset; the bytes before it are valid UTF-8.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        var rest = before[lineStart..];
        while (!rest.IsEmpty)
        {
            _ = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            rest = rest[Math.Max(1, consumed)..];
            column++;
        }

        return (line, column);
    }

    private static SeedReadResult Fail(string file, int line, int column, string message) =>
        new(null, [Diagnostic.Error(file, line, column, message)]);
}
