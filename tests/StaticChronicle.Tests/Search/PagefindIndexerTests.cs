using StaticChronicle.Diagnostics;
using StaticChronicle.Search;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Search;

public sealed class PagefindIndexerTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("chronicle-pagefind-");

    [Fact]
    public void Without_node_modules_the_error_says_npm_ci_installs_pagefind()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PagefindIndexer.BinaryVariable)))
        {
            Assert.Fail($"unset {PagefindIndexer.BinaryVariable} to run this test");
        }

        var e = Assert.Throws<DiagnosticException>(() => PagefindIndexer.Locate(work.FullName));

        var message = Assert.Single(e.Diagnostics).ToString();
        Assert.Contains("--search needs the Pagefind binary", message, StringComparison.Ordinal);
        Assert.Contains("Run `npm ci`", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexes_only_pages_marked_as_search_bodies_with_the_binary_npm_installed()
    {
        // The repository's own node_modules (npm ci); Locate's failure message says so when it is missing.
        var indexer = PagefindIndexer.Locate(RepositoryPaths.Root);
        Directory.CreateDirectory(Path.Combine(work.FullName, "articles", "longan"));
        File.WriteAllText(Path.Combine(work.FullName, "index.html"),
            "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><h1>Timeline</h1><p>longan</p></body></html>");
        File.WriteAllText(Path.Combine(work.FullName, "articles", "longan", "index.html"),
            "<!doctype html><html lang=\"en\"><head><title>Longan</title></head><body><article data-pagefind-body>"
            + "<h1>Longan reaches Japan</h1><time data-pagefind-meta=\"date\">1 May 2022</time><p>Fresh longan exports.</p></article></body></html>");

        var summary = indexer.Index(work.FullName);

        Assert.Contains("Indexed 1 page", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work.FullName, "pagefind", "pagefind.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(work.FullName, "pagefind", "fragment")));
    }

    public void Dispose() => work.Delete(recursive: true);
}
