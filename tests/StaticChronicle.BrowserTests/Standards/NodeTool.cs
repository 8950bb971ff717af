using System.Diagnostics;
using StaticChronicle.Testing;

namespace StaticChronicle.BrowserTests.Standards;

/// <summary>Runs a checker installed by <c>npm ci</c> (node or java), returning its exit code and output.</summary>
internal static class NodeTool
{
    /// <summary>A file inside the repository's node_modules; fails the test with the install command when it is missing.</summary>
    public static string Installed(params string[] parts)
    {
        var path = Path.Combine([RepositoryPaths.Root, "node_modules", .. parts]);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in the repository root (package-lock.json pins it).");
        return path;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
