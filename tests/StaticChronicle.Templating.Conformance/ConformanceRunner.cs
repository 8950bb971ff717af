using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Conformance;

/// <summary>Runs the corpus as its README's runner contract describes: parse as "text", render with the test model, compare exactly.</summary>
internal static partial class ConformanceRunner
{
    private static readonly string[] Categories = ["000-basic", "010-literals", "020-interpolation", "100-expressions", "200-statements", "300-functions", "400-builtins", "doc-builtins"];

    /// <summary>The cases listed in manifest.tsv, checked against the files found in the category folders.</summary>
    public static IReadOnlyList<ConformanceCase> LoadCases(string corpusRoot)
    {
        var manifestPath = Path.Combine(corpusRoot, "manifest.tsv");
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"The Scriban conformance corpus is missing: {manifestPath} does not exist. It lives in ../shared/scriban-conformance beside the checkout.", manifestPath);
        }

        var cases = File.ReadAllLines(manifestPath)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new ConformanceCase(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : "-"))
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .ToList();
        var discovered = Categories
            .SelectMany(category => Directory.EnumerateFiles(Path.Combine(corpusRoot, category), "*.txt", SearchOption.AllDirectories))
            .Where(path => !path.EndsWith(".out.txt", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(corpusRoot, path).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var listed = cases.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        if (!discovered.SetEquals(listed))
        {
            throw new InvalidDataException("manifest.tsv and the corpus folders disagree: " + string.Join(", ", discovered.Except(listed).Concat(listed.Except(discovered))));
        }

        return cases;
    }

    public static ConformanceSummary RunAll(string corpusRoot)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return new ConformanceSummary(LoadCases(corpusRoot).Select(c => Run(corpusRoot, c)).ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    public static ConformanceResult Run(string corpusRoot, ConformanceCase testCase)
    {
        var input = File.ReadAllText(Path.Combine(corpusRoot, testCase.Path));
        var expected = File.ReadAllText(Path.Combine(corpusRoot, testCase.Path[..^4] + ".out.txt"));
        string actual;
        try
        {
            actual = Render(input, testCase.Path.Contains("scientific", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            actual = "crash: " + e;
        }

        var located = testCase.IsError && FirstPosition(expected) is { } want && FirstPosition(actual) == want;
        return new ConformanceResult(testCase, expected, actual, string.Equals(expected, actual, StringComparison.Ordinal), located);
    }

    /// <summary>Parses and renders one template the way upstream's harness does; errors become the text of the messages.</summary>
    public static string Render(string input, bool scientific)
    {
        var template = Template.Parse(input, "text", new LexerOptions { Lang = scientific ? ScriptLang.Scientific : ScriptLang.Default });
        if (template.HasErrors)
        {
            return string.Join("\n", template.Messages);
        }

        var context = new TemplateContext { NewLine = "\n" };
        context.PushGlobal(CreateModel());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return e.Message;
        }
    }

    private static ScriptObject CreateModel()
    {
        var model = new ScriptObject
        {
            ["page"] = new ScriptObject { ["title"] = "This is a title" },
            ["user"] = new ScriptObject { ["name"] = "John" },
            ["product"] = new ScriptObject { ["title"] = "Orange", ["type"] = "fruit" },
        };
        var products = new ScriptArray();
        foreach (var (title, type) in new[]
        {
            ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"),
            ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture"),
        })
        {
            products.Add(new ScriptObject { ["title"] = title, ["type"] = type });
        }

        model["products"] = products;
        model.Import("special_concat_strings", new Func<string?, string?, string?, string>(SpecialConcatStrings));
        model.Import("special_concat_string_and_params", new Func<string, object?[], string>(SpecialConcatStringAndParams));
        model.Import("special_concat_params", new Func<object?[], string>(SpecialConcatParams));
        return model;
    }

    private static string SpecialConcatStrings(string? a = "default_a", string? b = "default_b", string? c = "default_c") => $"a: {a}, b: {b}, c: {c}";

    private static string SpecialConcatStringAndParams(string a, params object?[] args) =>
        $"a: {a}" + string.Concat(args.Select((arg, i) => $", v{i}: {arg}"));

    private static string SpecialConcatParams(params object?[] args) => string.Join(", ", args.Select((arg, i) => $"v{i}: {arg}"));

    private static (int Line, int Column)? FirstPosition(string text)
    {
        var match = Position().Match(text);
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    [GeneratedRegex(@"^text\((\d+),(\d+)\) : error : ")]
    private static partial Regex Position();
}
