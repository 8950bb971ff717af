using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site the way GitHub Pages serves a project site: under a sub-path, folders answered by their
/// index.html, anything else a 404 with the site's own 404.html. Bound to 127.0.0.1 on a free port.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    /// <summary>The site's root as the browser sees it, e.g. http://127.0.0.1:41234/chronicle/.</summary>
    public Uri BaseUri { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteDirectory, string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        var requestPath = new PathString("/" + basePath.Trim('/'));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteDirectory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            // Pagefind's index files (.pf_meta, .pf_fragment, .pagefind…) have no registered MIME type.
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        var notFoundPage = Path.Combine(siteDirectory, "404.html");
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (File.Exists(notFoundPage))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFoundPage).ConfigureAwait(false);
            }
        });

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(new Uri(address), requestPath + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
