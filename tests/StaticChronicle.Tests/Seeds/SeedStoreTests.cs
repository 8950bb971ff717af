using System.Text;
using StaticChronicle.Diagnostics;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Seeds;

public sealed class SeedStoreTests : IDisposable
{
    private readonly DirectoryInfo _seeds = Directory.CreateTempSubdirectory("chronicle-seedstore-");

    public SeedStoreTests()
    {
        foreach (var seed in SeedFiles.Enumerate(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(_seeds.FullName, Path.GetFileName(seed)));
        }
    }

    public void Dispose() => _seeds.Delete(recursive: true);

    [Fact]
    public void A_new_article_is_stored_byte_for_byte_under_the_next_number_and_its_hash()
    {
        var text = Encoding.UTF8.GetBytes("Hanoi, May 3 (VNA) – Test article.\r\nSecond line.  \r\n");

        var addition = SeedStore.Add(_seeds.FullName, text, "new.txt");

        Assert.False(addition.IsDuplicate);
        // sha256sum of "Hanoi, May 3 (VNA) – Test article.\nSecond line." starts 503f5d1e74993201.
        Assert.Equal(Path.Combine(_seeds.FullName, "005_503f5d1e74993201.txt"), addition.Path);
        Assert.Equal(text, File.ReadAllBytes(addition.Path));
    }

    [Fact]
    public void The_number_follows_the_highest_existing_one_even_with_gaps()
    {
        File.Move(Path.Combine(_seeds.FullName, "004_5ba58d962325ecdc.txt"), Path.Combine(_seeds.FullName, "017_5ba58d962325ecdc.txt"));

        var addition = SeedStore.Add(_seeds.FullName, "abc"u8.ToArray(), "new.txt", ".md");

        Assert.Equal("018_ba7816bf8f01cfea.md", Path.GetFileName(addition.Path));
    }

    [Fact]
    public void The_first_seed_of_an_empty_folder_is_number_000()
    {
        var empty = _seeds.CreateSubdirectory("empty");

        Assert.Equal("000_ba7816bf8f01cfea.txt", Path.GetFileName(SeedStore.Add(empty.FullName, "abc"u8.ToArray(), "new.txt").Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_existing_seeds_text_is_a_duplicate_even_with_other_line_endings(bool crlf)
    {
        var existing = Path.Combine(_seeds.FullName, "002_cdcabd6514bec1ba.txt");
        var text = File.ReadAllText(existing);
        var before = Directory.GetFiles(_seeds.FullName).Length;

        var addition = SeedStore.Add(_seeds.FullName, Encoding.UTF8.GetBytes(crlf ? text.ReplaceLineEndings("\r\n") : text), "copy.txt");

        Assert.True(addition.IsDuplicate);
        Assert.Equal(existing, addition.Path);
        Assert.Equal(before, Directory.GetFiles(_seeds.FullName).Length);
    }

    [Fact]
    public void Text_added_once_is_refused_the_second_time()
    {
        var first = SeedStore.Add(_seeds.FullName, "abc"u8.ToArray(), "a.txt");
        var second = SeedStore.Add(_seeds.FullName, "abc\n"u8.ToArray(), "b.txt");

        Assert.True(second.IsDuplicate);
        Assert.Equal(first.Path, second.Path);
    }

    [Fact]
    public void Empty_text_is_refused_with_a_message_naming_the_input()
    {
        var e = Assert.Throws<DiagnosticException>(() => SeedStore.Add(_seeds.FullName, "  \r\n\n"u8.ToArray(), "<stdin>"));

        Assert.StartsWith("<stdin>: error: the text is empty", Assert.Single(e.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_at_the_line_and_column_of_the_bad_byte()
    {
        byte[] text = [.. "first line\nab"u8, 0xFF, .. "c\n"u8];

        var e = Assert.Throws<DiagnosticException>(() => SeedStore.Add(_seeds.FullName, text, "bad.txt"));

        Assert.StartsWith("bad.txt:2:3: error: the text is not valid UTF-8", Assert.Single(e.Diagnostics).ToString(), StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(_seeds.FullName).Length);
    }
}
