using System.Buffers;
using System.Text;
using StaticChronicle.Rendering;
using StaticChronicle.Site;

namespace StaticChronicle.Build;

/// <summary>Renders one page job: its page template, then <c>layout.sbn-html</c> around it (the page's HTML is <c>content</c>).</summary>
public sealed class PageRenderer
{
    public const string LayoutTemplate = "layout.sbn-html";

    /// <summary>Buffers grown this large are dropped after the page rather than kept for the thread's next page.</summary>
    private const int KeepCharacters = 8 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // One pair of buffers per thread: a build renders thousands of pages on each thread, and a page is written
    // from its buffer without ever becoming one big string.
    [ThreadStatic]
    private static StringBuilder? t_content;

    [ThreadStatic]
    private static StringBuilder? t_page;

    private readonly ITemplateRenderer _templates;
    private readonly SiteInfo _site;

    public PageRenderer(ITemplateRenderer templates, SiteInfo site)
    {
        _templates = templates;
        _site = site;
    }

    public string Render(PageJob job)
    {
        var page = new StringBuilder();
        Render(job, page);
        return page.ToString();
    }

    /// <summary>Renders the page, appending its HTML to <paramref name="output"/>.</summary>
    public void Render(PageJob job, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(output);
        var globals = new Dictionary<string, object?>(job.Model.Count + 3, StringComparer.Ordinal)
        {
            ["site"] = _site,
            ["page"] = job.Page,
        };
        foreach (var (key, value) in job.Model)
        {
            globals[key] = value is LazyModelValue lazy ? lazy.Value : value;
        }

        var content = Rent(ref t_content);
        var capacity = content.Capacity;
        try
        {
            _templates.Render(job.Template, globals, content);

            // The page's HTML goes to the layout as the buffer itself: it prints as its text, without a copy as a string.
            globals["content"] = content;
            _templates.Render(LayoutTemplate, globals, output);
        }
        finally
        {
            Return(ref t_content, content, capacity);
        }
    }

    /// <summary>Renders the page and writes it to <paramref name="path"/> as UTF-8 (the folder must exist), in one write.</summary>
    public void Write(PageJob job, string path) => Write(job, path, null);

    /// <summary>
    /// Renders the page and writes it to <paramref name="path"/>, making its folder, unless <paramref name="published"/>
    /// already holds these very bytes at the page's address; false when it was not written.
    /// </summary>
    public bool Write(PageJob job, string path, PublishedOutput? published)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(path);
        var page = Rent(ref t_page);
        var capacity = page.Capacity;
        try
        {
            Render(job, page);
            return WriteUtf8(path, page, published is null ? null : (job.OutputPath, published));
        }
        finally
        {
            Return(ref t_page, page, capacity);
        }
    }

    private static bool WriteUtf8(string path, StringBuilder text, (string Address, PublishedOutput Files)? published)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = 0;
            var encoder = Utf8.GetEncoder();
            foreach (var chunk in text.GetChunks())
            {
                // A surrogate pair split between two chunks is held back by the encoder until the next one.
                length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
            }

            length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
            if (published is var (address, files))
            {
                if (files.Holds(address, bytes.AsSpan(0, length)))
                {
                    return false;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            }

            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
            RandomAccess.Write(file, bytes.AsSpan(0, length), fileOffset: 0);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static StringBuilder Rent(ref StringBuilder? slot)
    {
        var builder = slot ?? new StringBuilder(16 * 1024);

        // Taken out while in use, so a nested render on the same thread gets a buffer of its own.
        slot = null;
        return builder;
    }

    private static void Return(ref StringBuilder? slot, StringBuilder builder, int capacityBefore)
    {
        if (builder.Capacity > KeepCharacters)
        {
            return;
        }

        // A page that outgrew the buffer grew it in small chunks, and Clear would copy them into one array of
        // exactly that size; a run of ever larger pages (the topics) would pay that on each. Start over at twice
        // the size instead, so the buffer regrows a few times per build, not once per large page.
        if (builder.Capacity != capacityBefore)
        {
            slot = new StringBuilder(Math.Min(KeepCharacters, builder.Length * 2));
            return;
        }

        builder.Clear();
        slot = builder;
    }
}
