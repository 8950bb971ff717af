using System.Text;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Seeds;

/// <summary>Adds an article's raw text to the seeds folder under the next number and its content hash, refusing duplicates.</summary>
public static class SeedStore
{
    /// <summary>
    /// Stores <paramref name="content"/> byte for byte as <c>NNN_hash.ext</c>, NNN one above the highest number in the folder.
    /// Content that normalizes to the same text as an existing seed is not stored again.
    /// </summary>
    /// <param name="sourceName">How to name the input in messages (a path, or <c>&lt;stdin&gt;</c>).</param>
    /// <param name="extension"><c>.txt</c>, or <c>.md</c> for a seed that starts with front matter.</param>
    /// <param name="stored">What to write, when it is not <paramref name="content"/> itself (<c>add</c> puts the answers it was given
    /// into the front matter); the name and the duplicate check still go by <paramref name="content"/>, the text the editor gave.</param>
    /// <exception cref="DiagnosticException">The text is empty or not UTF-8, or the seeds folder is missing.</exception>
    public static SeedAddition Add(string seedsDirectory, byte[] content, string sourceName, string extension = ".txt", byte[]? stored = null)
    {
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        ArgumentNullException.ThrowIfNull(content);
        if (!SeedFiles.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"seed files end in {string.Join(" or ", SeedFiles.Extensions)}.", nameof(extension));
        }

        var hash = HashOrThrow(content, sourceName);
        var existing = SeedFiles.Enumerate(seedsDirectory);
        if (Duplicate(existing, hash) is { } duplicate)
        {
            return new SeedAddition(duplicate, IsDuplicate: true);
        }

        var next = existing.Select(SeedFileName.TryParse).Select(name => name?.Number ?? -1).DefaultIfEmpty(-1).Max() + 1;
        var path = Path.Combine(seedsDirectory, new SeedFileName(next, hash, extension.ToLowerInvariant()).ToString());

        // CreateNew: a seed that appeared meanwhile under the same name is never overwritten.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(stored ?? content);
        }

        return new SeedAddition(path, IsDuplicate: false);
    }

    /// <summary>The seed that already holds <paramref name="content"/> (by name, or by its text), or null.</summary>
    /// <exception cref="DiagnosticException">The text is empty or not UTF-8.</exception>
    public static string? FindDuplicate(string seedsDirectory, byte[] content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        ArgumentNullException.ThrowIfNull(content);
        return Duplicate(SeedFiles.Enumerate(seedsDirectory), HashOrThrow(content, sourceName));
    }

    private static string? Duplicate(IReadOnlyList<string> existing, string hash) =>
        existing.FirstOrDefault(path => SeedFileName.TryParse(path)?.Hash == hash)
        ?? existing.FirstOrDefault(path => HashOfExisting(path) == hash);

    private static string HashOrThrow(byte[] content, string sourceName)
    {
        string normalized;
        try
        {
            normalized = SeedContentHash.Normalize(content);
        }
        catch (DecoderFallbackException e)
        {
            // The index counts from after a BOM, which Normalize skips.
            var bom = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            var (line, column) = PositionOf(content, bom + Math.Max(e.Index, 0));
            throw new DiagnosticException([Diagnostic.Error(sourceName, line, column,
                "the text is not valid UTF-8. Save the article as UTF-8 (copying it from the browser into a plain-text editor usually does) and add it again.")]);
        }

        if (normalized.Length == 0)
        {
            throw new DiagnosticException([Diagnostic.Error(sourceName, 0, 0,
                "the text is empty. Paste the article's text (a file, or standard input ended with Ctrl-D) and add it again.")]);
        }

        return SeedContentHash.Compute(normalized);
    }

    /// <summary>Hash of an existing seed; a seed that is not UTF-8 cannot equal new UTF-8 text, so it hashes to nothing.</summary>
    private static string? HashOfExisting(string path)
    {
        try
        {
            return SeedContentHash.Compute(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static (int Line, int Column) PositionOf(byte[] content, int byteIndex)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < byteIndex && i < content.Length; i++)
        {
            if (content[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, so decode the line's valid prefix.
        var column = Encoding.UTF8.GetCharCount(content, lineStart, Math.Min(byteIndex, content.Length) - lineStart) + 1;
        return (line, column);
    }
}
