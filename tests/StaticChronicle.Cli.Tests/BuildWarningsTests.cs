using System.Globalization;
using StaticChronicle.Testing;

namespace StaticChronicle.Cli.Tests;

/// <summary>What <c>chronicle build</c> prints when a site has more warnings than a terminal should show.</summary>
public sealed class BuildWarningsTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("chronicle-cli-warnings-");

    public BuildWarningsTests()
    {
        File.Copy(RepositoryPaths.SiteConfig, Path.Combine(_site.FullName, "site-config.yml"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site.FullName, "templates", Path.GetRelativePath(RepositoryPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // Thirty seeds, each naming someone the registry does not know: thirty warnings of one kind at least.
        Directory.CreateDirectory(Path.Combine(_site.FullName, "seeds"));
        for (var i = 1; i <= 30; i++)
        {
            File.WriteAllText(Path.Combine(_site.FullName, "seeds", string.Create(CultureInfo.InvariantCulture, $"{i:D3}_talks.txt")), string.Create(CultureInfo.InvariantCulture, $"""
                ---
                title: Trade talks number {i} in Hanoi
                date: 2023-03-{i:D2}
                people: [Pham Van Kiemtra{i}]
                ---
                The two sides discussed trade and investment cooperation in Hanoi on the occasion of the talks.

                """));
        }
    }

    public void Dispose() => _site.Delete(recursive: true);

    [Fact]
    public async Task The_build_prints_the_first_warnings_a_count_per_kind_and_keeps_every_one_in_a_file()
    {
        var (code, output, error) = await CliRunner.RunAsync("build", "--config", Path.Combine(_site.FullName, "site-config.yml"), "--no-cache");

        Assert.True(code == 0, error);
        var lines = error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var built = output.Split('\n').Single(l => l.StartsWith("Built ", StringComparison.Ordinal));
        var total = int.Parse(built.Split("; ")[^1].Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.True(total >= 30, output);
        Assert.All(lines.Take(20), l => Assert.Contains(": warning: ", l, StringComparison.Ordinal));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"… and {total - 20:N0} more warnings not shown. All {total:N0}, by kind:"), lines[20]);
        Assert.Contains(lines, l => l.EndsWith("  people not in the people registry", StringComparison.Ordinal));
        var file = Path.Combine(_site.FullName, ".chronicle", "last-build-warnings.txt");
        Assert.Contains($"Every warning is in {file}; `chronicle check` lists them seed by seed", lines[^1], StringComparison.Ordinal);
        var listed = await File.ReadAllLinesAsync(file);
        Assert.Equal(total, listed.Length);
        Assert.Equal(lines.Take(20), listed.Take(20));
    }
}
