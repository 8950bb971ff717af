using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests.Workflows;

public sealed class CheckWorkflowTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("chronicle-check-workflow-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task The_pull_request_check_step_writes_the_job_summary_and_annotates_the_seeds()
    {
        var summary = Path.Combine(_work.FullName, "step-summary.md");
        var step = WorkflowFile.Load("check.yml").Step("Check the seeds");
        var words = ShellWords.Split(step["run"], new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });
        Assert.Equal(["dotnet", "run", "--project", "src/StaticChronicle.Cli"], words.Take(4));

        // The workflow runs from the repository root, where the default configuration is.
        string[] arguments = [.. words.SkipWhile(w => w != "--").Skip(1), "--config", RepositoryPaths.SiteConfig];
        var (code, output, error) = await CliRunner.RunAsync(arguments);

        Assert.True(code == 0, output + error);
        Assert.Matches(@"(?m)^::warning file=\S*seeds/003_62e416038ac3cd85\.txt,line=\d+,", output);
        Assert.Contains("| Party chief receives Japanese PM in Hanoi |", await File.ReadAllTextAsync(summary), StringComparison.Ordinal);
    }
}
