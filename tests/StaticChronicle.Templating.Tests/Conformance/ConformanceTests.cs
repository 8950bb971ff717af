using StaticChronicle.Templating.Conformance;
using StaticChronicle.Testing;
using Xunit.Abstractions;

namespace StaticChronicle.Templating.Tests.Conformance;

/// <summary>Scriban's own corpus (../shared/scriban-conformance), run as its README's runner contract says.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static string CorpusRoot => Path.Combine(RepositoryPaths.Shared, "scriban-conformance");

    public static TheoryData<string> OutputCases()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in ConformanceRunner.LoadCases(CorpusRoot).Where(c => !c.IsDoc && !c.IsError))
        {
            data.Add(testCase.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutputCases))]
    public void Every_output_case_of_the_corpus_renders_exactly(string path)
    {
        var testCase = ConformanceRunner.LoadCases(CorpusRoot).Single(c => c.Path == path);
        var result = ConformanceRunner.Run(CorpusRoot, testCase);
        Assert.Equal(result.Expected, result.Actual);
    }

    [Fact]
    public void The_corpus_scores_at_least_the_agreed_floor()
    {
        var summary = ConformanceRunner.RunAll(CorpusRoot);
        output.WriteLine(summary.Report(details: true));

        Assert.Equal((90, 90), summary.Output);
        Assert.Equal(117, summary.Doc.Total);
        Assert.True(summary.Doc.Passed >= 112, summary.Line);
        Assert.Equal((59, 59), summary.ErrorsLocated);
        Assert.True(summary.ErrorsExact.Passed >= 45, summary.Line);
    }

    [Fact]
    public void A_missing_corpus_fails_instead_of_passing_silently()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => ConformanceRunner.RunAll(missing));

        Assert.Contains("conformance corpus is missing", error.Message, StringComparison.Ordinal);
    }
}
