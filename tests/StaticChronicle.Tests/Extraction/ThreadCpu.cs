using System.Diagnostics;
using System.Globalization;

namespace StaticChronicle.Tests.Extraction;

/// <summary>CPU time of the calling thread, so that timing tests do not depend on how busy the machine is.</summary>
internal static class ThreadCpu
{
    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    /// <summary>Seconds this thread has run on a CPU (Linux: /proc/thread-self/schedstat); elsewhere wall-clock seconds.</summary>
    public static double Seconds()
    {
        const string schedstat = "/proc/thread-self/schedstat";
        if (OperatingSystem.IsLinux() && File.Exists(schedstat))
        {
            var nanoseconds = long.Parse(File.ReadAllText(schedstat).Split(' ')[0], CultureInfo.InvariantCulture);
            return nanoseconds / 1e9;
        }

        return Wall.Elapsed.TotalSeconds;
    }
}
