using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace StaticChronicle.Cli.Serving;

/// <summary>
/// Answers the preview server's requests the way GitHub Pages would for the built folder (site under its
/// base path, <c>index.html</c> for folders, <c>404.html</c> when nothing matches), plus the live-reload events.
/// </summary>
public sealed class SiteRequestHandler
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private readonly Func<ServedSite> _current;
    private readonly ReloadSignal _reload;
    private readonly CancellationToken _stopping;

    /// <param name="stopping">Ends the open live-reload connections when the server stops.</param>
    public SiteRequestHandler(Func<ServedSite> current, ReloadSignal reload, CancellationToken stopping)
    {
        _current = current;
        _reload = reload;
        _stopping = stopping;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var response = context.Response;
        if (!IsLocalHost(request.Host))
        {
            // DNS rebinding: a web page on another name that resolves to 127.0.0.1 must not read the preview.
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await response.WriteAsync("The preview server answers only to 127.0.0.1 and localhost.\n").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // A preview must never be cached: the next rebuild changes every page.
        response.Headers.CacheControl = "no-store";
        var path = request.Path.Value ?? "/";
        if (path == LiveReloadInjection.EventsPath)
        {
            await StreamReloadsAsync(context).ConfigureAwait(false);
            return;
        }

        var site = _current();
        if (site.Folder is null || !Directory.Exists(site.Folder))
        {
            await WriteHtmlAsync(response, StatusCodes.Status503ServiceUnavailable, LiveReloadInjection.ErrorPage(site)).ConfigureAwait(false);
            return;
        }

        if (path + "/" == site.BasePath)
        {
            Redirect(response, site.BasePath);
            return;
        }

        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            await WriteHtmlAsync(response, StatusCodes.Status404NotFound, LiveReloadInjection.Inject(
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not here</title></head><body><p>The site is served under <a href=\"{site.BasePath}\">{site.BasePath}</a>, as on GitHub Pages.</p></body></html>",
                site)).ConfigureAwait(false);
            return;
        }

        var relative = path[site.BasePath.Length..];
        if (relative.Length > 0 && !relative.EndsWith('/') && Directory.Exists(Combine(site.Folder, relative)))
        {
            // Relative links inside a folder's index.html only work with the slash, so Pages adds it too.
            Redirect(response, path + "/" + request.QueryString);
            return;
        }

        var file = Resolve(site.Folder, relative);

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = Resolve(site.Folder, "404.html");
            if (file is null)
            {
                response.StatusCode = status;
                return;
            }
        }

        site.RenderPending?.Invoke(Path.GetRelativePath(site.Folder, file).Replace('\\', '/'));
        await SendFileAsync(context, file, status, site).ConfigureAwait(false);
    }

    /// <summary>The file a site-relative URL path names, or null when there is none (or it would leave the folder).</summary>
    private static string? Resolve(string folder, string relative)
    {
        var candidate = Combine(folder, relative);
        if (candidate is null)
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }
        else if (!File.Exists(candidate) && File.Exists(candidate + ".html"))
        {
            candidate += ".html";
        }

        return File.Exists(candidate) ? candidate : null;
    }

    private static string? Combine(string folder, string relative)
    {
        var decoded = Uri.UnescapeDataString(relative);
        if (decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal)
            || decoded.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, decoded.TrimStart('/')));
        return full == root || full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task SendFileAsync(HttpContext context, string file, int status, ServedSite site)
    {
        var response = context.Response;
        if (!_contentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        if (contentType == "text/html")
        {
            string html;
            try
            {
                html = await File.ReadAllTextAsync(file, context.RequestAborted).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The rebuild swapped the folder between finding and reading the file; the reload that follows fixes the page.
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await WriteHtmlAsync(response, status, LiveReloadInjection.Inject(html, site), HttpMethods.IsHead(context.Request.Method)).ConfigureAwait(false);
            return;
        }

        response.StatusCode = status;
        response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("json", StringComparison.Ordinal) || contentType.EndsWith("xml", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
        response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task WriteHtmlAsync(HttpResponse response, int status, string html, bool headOnly = false)
    {
        var bytes = Utf8.GetBytes(html);
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = bytes.Length;
        if (!headOnly)
        {
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }

    private static void Redirect(HttpResponse response, string location)
    {
        // "//x/" or "/\\x/" in a Location header is another host to a browser: a redirect is always a path on this one.
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = "/" + location.TrimStart('/', '\\');
    }

    /// <summary>True for 127.0.0.1, [::1] and localhost, with any port: the names the server is reached by on this machine.</summary>
    public static bool IsLocalHost(HostString host)
    {
        var name = host.Host;
        return name is "127.0.0.1" or "[::1]" or "::1"
            || name.Equals("localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Server-Sent Events: one <c>reload</c> event per rebuild (good or bad), comments to keep the connection open.</summary>
    private async Task StreamReloadsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        var token = ended.Token;
        _ = long.TryParse(context.Request.Query["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var seen);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", token).ConfigureAwait(false);
            await response.Body.FlushAsync(token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                var next = _reload.NextAsync();
                var generation = _current().Generation;
                if (generation > seen)
                {
                    seen = generation;
                    await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: reload\ndata: {generation}\n\n"), token).ConfigureAwait(false);
                }
                else
                {
                    var changed = await Task.WhenAny(next, Task.Delay(KeepAlive, token)).ConfigureAwait(false) == next;
                    if (!changed)
                    {
                        await response.WriteAsync(": keep-alive\n\n", token).ConfigureAwait(false);
                    }
                }

                await response.Body.FlushAsync(token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server is stopping: either ends this stream quietly.
        }
    }
}
