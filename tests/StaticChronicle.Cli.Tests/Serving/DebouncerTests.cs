using StaticChronicle.Cli.Serving;

namespace StaticChronicle.Cli.Tests.Serving;

public class DebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_burst_of_triggers_runs_the_action_once_after_the_quiet_period()
    {
        // A long quiet period, so a loaded test machine cannot stretch the gaps in the burst past it.
        var quiet = TimeSpan.FromSeconds(1);
        var runs = 0;
        await using (var debouncer = new Debouncer(quiet, _ => { Interlocked.Increment(ref runs); return Task.CompletedTask; }))
        {
            for (var i = 0; i < 5; i++)
            {
                debouncer.Trigger();
                await Task.Delay(20);
            }

            Assert.Equal(0, Volatile.Read(ref runs));
            await Eventually.True(() => Volatile.Read(ref runs) == 1, "one run after the burst", seconds: 10);
            await Task.Delay(quiet * 2);
        }

        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Triggers_during_a_run_cause_exactly_one_more_run_and_runs_never_overlap()
    {
        var runs = 0;
        var running = 0;
        var overlapped = false;
        using var firstStarted = new SemaphoreSlim(0);
        using var releaseFirst = new SemaphoreSlim(0);
        await using (var debouncer = new Debouncer(Quiet, async token =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            if (Interlocked.Increment(ref runs) == 1)
            {
                firstStarted.Release();
                await releaseFirst.WaitAsync(TimeSpan.FromSeconds(5), token);
            }

            Interlocked.Decrement(ref running);
        }))
        {
            debouncer.Trigger();
            Assert.True(await firstStarted.WaitAsync(TimeSpan.FromSeconds(5)), "the first run did not start");
            debouncer.Trigger();
            debouncer.Trigger();
            debouncer.Trigger();
            releaseFirst.Release();

            await Eventually.True(() => Volatile.Read(ref runs) == 2, "a second run", seconds: 5);
            await Task.Delay(Quiet * 3);
        }

        Assert.Equal(2, runs);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Disposing_cancels_a_pending_run()
    {
        var runs = 0;
        var debouncer = new Debouncer(TimeSpan.FromSeconds(30), _ => { runs++; return Task.CompletedTask; });
        debouncer.Trigger();

        var disposing = debouncer.DisposeAsync().AsTask();

        Assert.Same(disposing, await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.Equal(0, runs);
    }
}
