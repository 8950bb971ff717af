using StaticChronicle.Build;

namespace StaticChronicle.Cli.Commands;

/// <summary>
/// Reports build progress at once, on the reporting thread, one report at a time. <see cref="Progress{T}"/>
/// posts to the thread pool, so plain lines could arrive after the summary; the build reports from many threads.
/// </summary>
internal sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
