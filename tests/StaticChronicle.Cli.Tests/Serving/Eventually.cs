namespace StaticChronicle.Cli.Tests.Serving;

/// <summary>Polls until a condition holds, within a bounded time: file watching and rebuilding happen in the background.</summary>
internal static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"not within {seconds} s: {what}. Last seen: {last}");
    }

    public static async Task True(Func<bool> condition, string what, int seconds = 20) =>
        await Get(() => Task.FromResult(condition()), ok => ok, what, seconds);
}
