using StaticChronicle.Caching;
using StaticChronicle.Tests.Build;

namespace StaticChronicle.Tests.Caching;

/// <summary>The output folder's listing, which decides "nothing changed" and what a record says is published.</summary>
public sealed class OutputTreeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_temp.Path, "site", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Every_file_at_every_depth_is_listed_once_with_its_size_and_time()
    {
        string[] files =
        [
            "index.html", ".nojekyll", "assets/style.css", "articles/a/index.html", "articles/b/index.html", "articles/b/card.png",
            "people/x/page/2/index.html", "people/x/page/3/index.html", "topics/oda/feed.xml", "deep/er/and/deeper/still.txt",
        ];
        for (var i = 0; i < files.Length; i++)
        {
            Write(files[i], new string('x', i + 1));
        }

        File.SetLastWriteTimeUtc(_temp.Combine("site", "articles", "b", "card.png"), new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var tree = OutputTree.Scan(_temp.Combine("site"));

        Assert.Equal(files.Order(StringComparer.Ordinal), tree.Keys.Order(StringComparer.Ordinal));
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(OutputTree.StateOf(Path.Combine(_temp.Path, "site", files[i])), tree[files[i]]);
            Assert.Equal(i + 1, tree[files[i]].Length);
        }
    }

    [Fact]
    public void A_missing_folder_lists_nothing() => Assert.Empty(OutputTree.Scan(_temp.Combine("nowhere")));
}
