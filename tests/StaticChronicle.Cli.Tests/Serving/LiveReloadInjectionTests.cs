using System.Text.RegularExpressions;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Tests.Serving;

public class LiveReloadInjectionTests
{
    private static ServedSite Failed(params Diagnostic[] problems) => new("/site", "/chronicle/", problems, 3);

    [Fact]
    public void The_overlay_shows_the_errors_first_and_folds_the_warnings_under_a_count()
    {
        // As a failed build reports them: in seed order, the one error after four warnings.
        var site = Failed(
            Diagnostic.Warning("seeds/001.txt", 3, 0, "the date is inferred"),
            Diagnostic.Warning("seeds/002.txt", 5, 7, "Yamada Taro is not in the people registry"),
            Diagnostic.Warning("seeds/003.txt", 1, 0, "the title was made from the lede"),
            Diagnostic.Warning("seeds/004.txt", 9, 2, "Kishida Fumoi is not in the people registry"),
            Diagnostic.Error("seeds/005.txt", 3, 9, "the list opened with '[' here is never closed"));

        var html = LiveReloadInjection.Inject("<html><body><p>page</p></body></html>", site);

        // The error is in the list of errors, on its own red ground; the warnings follow, folded, with their count.
        var errors = html[html.IndexOf("<ul class=\"chronicle-errors\"", StringComparison.Ordinal)..];
        errors = errors[..(errors.IndexOf("</ul>", StringComparison.Ordinal) + 5)];
        Assert.Equal(1, Regex.Count(errors, "<li "));
        Assert.Contains("background:#5c1414", errors, StringComparison.Ordinal);
        Assert.Contains(">seeds/005.txt:3:9: error: the list opened with &#39;[&#39; here is never closed</li>", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", errors, StringComparison.Ordinal);

        var warnings = html[html.IndexOf("<details class=\"chronicle-warnings\"", StringComparison.Ordinal)..];
        warnings = warnings[..(warnings.IndexOf("</details>", StringComparison.Ordinal) + 10)];
        Assert.Contains("<summary style=\"cursor:pointer\">4 warnings</summary>", warnings, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(warnings, "<li "));
        Assert.DoesNotContain(" open", warnings[..warnings.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.True(html.IndexOf("chronicle-errors", StringComparison.Ordinal) < html.IndexOf("chronicle-warnings", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_warnings_there_is_no_folded_list()
    {
        var html = LiveReloadInjection.Inject("<html><body></body></html>", Failed(Diagnostic.Error("templates/layout.sbn-html", 4, 2, "unexpected end")));

        Assert.DoesNotContain("<details", html, StringComparison.Ordinal);
        Assert.Contains("templates/layout.sbn-html:4:2: error: unexpected end", html, StringComparison.Ordinal);
    }

    [Fact]
    public void One_warning_is_counted_in_the_singular()
    {
        var html = LiveReloadInjection.Inject("<html><body></body></html>", Failed(
            Diagnostic.Error("seeds/a.txt", 1, 1, "no date could be found"), Diagnostic.Warning("seeds/b.txt", 2, 0, "check the title")));

        Assert.Contains("<summary style=\"cursor:pointer\">1 warning</summary>", html, StringComparison.Ordinal);
    }
}
