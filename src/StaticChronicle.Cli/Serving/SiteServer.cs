using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StaticChronicle.Cli.Serving;

/// <summary>Kestrel on 127.0.0.1 serving a <see cref="ServedSite"/>; <see cref="Publish"/> swaps in a new one and reloads open pages.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReloadSignal _reload = new();
    private ServedSite _site;

    private SiteServer(WebApplication app, ServedSite site)
    {
        _app = app;
        _site = site;
    }

    /// <summary>http://127.0.0.1:PORT/ — the port the server really got (the one asked for, or a free one for 0).</summary>
    public Uri Address { get; private set; } = null!;

    public ServedSite Current => Volatile.Read(ref _site);

    /// <summary>The site's own address: <see cref="Address"/> plus the base path.</summary>
    public Uri SiteUrl => new(Address, Current.BasePath);

    /// <summary>Starts listening on the loopback interface only.</summary>
    public static async Task<SiteServer> StartAsync(int port, ServedSite site, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        var server = new SiteServer(app, site);
        var handler = new SiteRequestHandler(() => server.Current, server._reload, app.Lifetime.ApplicationStopping);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Serves <paramref name="site"/> from now on and tells every open page to reload.</summary>
    public void Publish(ServedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        Volatile.Write(ref _site, site);
        _reload.Notify();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
