namespace StaticChronicle.Templating.Conformance;

/// <summary>One corpus case: its path relative to the corpus, its group and what it expects (manifest.tsv).</summary>
internal sealed record ConformanceCase(string Path, string Category, string Expect, string Needs)
{
    public bool IsDoc => Category.StartsWith("doc-builtins", StringComparison.Ordinal);

    public bool IsError => Expect is "parse-error" or "runtime-error";
}
