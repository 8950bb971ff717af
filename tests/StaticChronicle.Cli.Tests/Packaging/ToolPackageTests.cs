using System.Diagnostics;
using System.Reflection;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests.Packaging;

/// <summary>The README's install steps, for real: pack the CLI as a .NET tool, install it, run <c>chronicle</c>.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("chronicle-tool-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task The_cli_packs_as_a_dotnet_tool_that_installs_and_runs_as_chronicle()
    {
        var artifacts = Path.Combine(_work.FullName, "artifacts");
        var tools = Path.Combine(_work.FullName, "tools");

        // The CLI was just built for these tests, in their configuration: packing that build (--no-build) saves
        // compiling it again. A tool path instead of --global keeps the machine's global tools untouched.
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        await Run("dotnet", ["pack", "src/StaticChronicle.Cli", "--no-build", "-c", configuration, "-o", artifacts], TimeSpan.FromMinutes(3));
        Assert.Single(Directory.GetFiles(artifacts, "StaticChronicle.Cli.*.nupkg"));
        await Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", artifacts, "StaticChronicle.Cli"], TimeSpan.FromMinutes(2));
        var help = await Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "chronicle.exe" : "chronicle"), ["--help"], TimeSpan.FromMinutes(1));

        Assert.Contains("Usage:\n  chronicle [command] [options]", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        foreach (var command in new[] { "build", "add", "serve" })
        {
            Assert.Contains($"\n  {command} ", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    private static async Task<string> Run(string program, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than {limit}.");
        }

        var text = await output + await error;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{text}");
        return await output;
    }
}
