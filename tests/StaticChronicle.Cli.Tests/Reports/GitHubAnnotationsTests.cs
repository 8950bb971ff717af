using StaticChronicle.Cli.Reports;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Tests.Reports;

public class GitHubAnnotationsTests
{
    public static TheoryData<Diagnostic, string> Commands => new()
    {
        {
            Diagnostic.Warning("seeds/005_0123456789abcdef.txt", 3, 14, "the date is inferred"),
            "::warning file=seeds/005_0123456789abcdef.txt,line=3,col=14,title=chronicle check%3A please confirm::the date is inferred"
        },
        {
            Diagnostic.Error("seeds/a.txt", 2, 0, "no date could be found"),
            "::error file=seeds/a.txt,line=2,title=chronicle check%3A error::no date could be found"
        },
        {
            Diagnostic.Error("seeds/empty.txt", 0, 0, "the seed is empty."),
            "::error file=seeds/empty.txt,title=chronicle check%3A error::the seed is empty."
        },
        {
            Diagnostic.Warning("seeds/odd,name:1.txt", 1, 1, "100% sure?\nsecond line\r"),
            "::warning file=seeds/odd%2Cname%3A1.txt,line=1,col=1,title=chronicle check%3A please confirm::100%25 sure?%0Asecond line%0D"
        },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_problem_becomes_one_workflow_command_with_its_position_and_escaped_text(Diagnostic problem, string expected)
    {
        Assert.Equal(expected, GitHubAnnotations.Command(problem));
    }
}
