using StaticChronicle.Templating.Conformance;
using StaticChronicle.Testing;

// Usage: dotnet run --project tests/StaticChronicle.Templating.Conformance [-- --details | --bench | --case=<path>] [corpus-folder]
var details = args.Contains("--details");
if (args.Contains("--bench"))
{
    var golden = Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.Templating.Tests", "Hosting", "Golden");
    Console.WriteLine(PageBenchmark.Run(golden, 10_000));
    return 0;
}

var corpus = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Directory.Exists(a))
    ?? Path.Combine(RepositoryPaths.Shared, "scriban-conformance");
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"error: the Scriban conformance corpus was not found at {corpus}");
    return 1;
}

var only = args.FirstOrDefault(a => a.StartsWith("--case=", StringComparison.Ordinal));
if (only is not null)
{
    // Prints one case's actual output, to compare with its .out.txt while debugging.
    var path = only["--case=".Length..];
    var input = File.ReadAllText(Path.Combine(corpus, path));
    Console.Write(ConformanceRunner.Render(input, path.Contains("scientific", StringComparison.Ordinal)));
    return 0;
}

var summary = ConformanceRunner.RunAll(corpus);
Console.WriteLine(summary.Report(details));
return 0;
