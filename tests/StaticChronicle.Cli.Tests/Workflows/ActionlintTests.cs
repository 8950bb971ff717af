using System.Diagnostics;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests.Workflows;

public class ActionlintTests
{
    [Fact]
    public async Task The_workflows_pass_actionlint()
    {
        // Installed by .ci/install from the npm registry (package.json): actionlint compiled to WebAssembly, run by node.
        var linter = Path.Combine(RepositoryPaths.Root, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");
        Assert.True(File.Exists(linter), $"{linter} is missing: run .ci/install (npm ci) first.");

        var start = new ProcessStartInfo("node", [linter, ".github/workflows/*.yml"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var report = await output + await error;
        Assert.True(process.ExitCode == 0, report);
        // The linter passes when its pattern matches nothing, so make sure it saw every workflow.
        var workflows = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Length;
        Assert.Contains($"Checking {workflows} workflow file(s)", report, StringComparison.Ordinal);
    }
}
