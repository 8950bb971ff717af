using System.Threading.Channels;

namespace StaticChronicle.Cli.Serving;

/// <summary>
/// Runs an action once things have been quiet for a while: an editor's save fires several file events,
/// and a rebuild per event would be wasted. Runs never overlap; a trigger during a run causes one more run after it.
/// </summary>
public sealed class Debouncer : IAsyncDisposable
{
    private readonly Channel<bool> _triggers = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public Debouncer(TimeSpan quietPeriod, Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _loop = RunAsync(quietPeriod, action, _stop.Token);
    }

    /// <summary>Asks for a run; cheap and safe from any thread (file watcher callbacks).</summary>
    public void Trigger() => _triggers.Writer.TryWrite(true);

    private async Task RunAsync(TimeSpan quietPeriod, Func<CancellationToken, Task> action, CancellationToken stop)
    {
        var reader = _triggers.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                // Swallow the burst: keep waiting until no trigger arrived for a whole quiet period.
                do
                {
                    while (reader.TryRead(out _))
                    {
                    }

                    await Task.Delay(quietPeriod, stop).ConfigureAwait(false);
                }
                while (reader.TryPeek(out _));

                await action(stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed: stop quietly.
        }
    }

    /// <summary>Stops; a run in progress is cancelled through its token and awaited.</summary>
    public async ValueTask DisposeAsync()
    {
        _triggers.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
