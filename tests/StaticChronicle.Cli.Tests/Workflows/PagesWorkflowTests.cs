using StaticChronicle.Config;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests.Workflows;

public sealed class PagesWorkflowTests : IDisposable
{
    // What actions/configure-pages gives as base_url for a project site: no trailing slash.
    private const string PagesBaseUrl = "https://editors.github.io/chronicle-test";

    private readonly WorkflowFile _workflow = WorkflowFile.Load("pages.yml");
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("chronicle-pages-");

    public void Dispose() => _output.Delete(recursive: true);

    /// <summary>The chronicle arguments of the workflow's build step, with the Pages base URL filled in.</summary>
    private List<string> BuildArguments()
    {
        var step = _workflow.Step("Build the site");
        Assert.Equal("${{ steps.pages.outputs.base_url }}", step["env.PAGES_BASE_URL"]);
        var words = ShellWords.Split(step["run"], new Dictionary<string, string> { ["PAGES_BASE_URL"] = PagesBaseUrl });
        Assert.Equal(["dotnet", "run", "--project", "src/StaticChronicle.Cli"], words.Take(4));
        return words.SkipWhile(w => w != "--").Skip(1).ToList();
    }

    [Fact]
    public void The_build_step_passes_the_base_url_configure_pages_gives()
    {
        Assert.Equal("pages", _workflow.StepUsing("actions/configure-pages")["id"]);
        var arguments = BuildArguments();

        Assert.Equal("build", arguments[0]);
        Assert.Equal(PagesBaseUrl + "/", arguments[arguments.IndexOf("--base-url") + 1]);
    }

    [Fact]
    public async Task The_build_command_of_the_pages_workflow_builds_the_repository_site()
    {
        // The workflow runs from the repository root with the default configuration; here the output goes to a temporary folder.
        string[] arguments = [.. BuildArguments(), "--config", RepositoryPaths.SiteConfig, "--output", _output.FullName];

        var (code, _, error) = await CliRunner.RunAsync(arguments);

        Assert.True(code == 0, error);
        var home = await File.ReadAllTextAsync(Path.Combine(_output.FullName, "index.html"));
        Assert.Contains("href=\"/chronicle-test/timeline/\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PagesBaseUrl}/\"", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_output.FullName, ".nojekyll")), "the upload keeps dotfiles, but the build must write .nojekyll");
        Assert.True(File.Exists(Path.Combine(_output.FullName, "articles", "2025-04-27-party-chief-receives-japanese-pm-in-hanoi", "index.html")));
    }

    [Fact]
    public void The_uploaded_folder_is_the_configured_output_and_keeps_dotfiles()
    {
        var upload = _workflow.StepUsing("actions/upload-pages-artifact");

        Assert.Equal(SiteConfigLoader.Load(RepositoryPaths.SiteConfig).Paths.Output, upload["with.path"]);
        Assert.Equal("true", upload["with.include-hidden-files"]);
    }

    [Fact]
    public void Deployment_may_write_pages_and_get_an_id_token_and_never_cancels_a_running_deployment()
    {
        Assert.Equal("read", _workflow.Scalar("permissions", "contents"));
        Assert.Equal("write", _workflow.Scalar("permissions", "pages"));
        Assert.Equal("write", _workflow.Scalar("permissions", "id-token"));
        Assert.Equal("pages", _workflow.Scalar("concurrency", "group"));
        Assert.Equal("false", _workflow.Scalar("concurrency", "cancel-in-progress"));
        Assert.Equal("global.json", _workflow.StepUsing("actions/setup-dotnet")["with.global-json-file"]);
    }
}
