using StaticChronicle.Extraction.Body;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// The finders read each sentence's words from <see cref="ArticleSentence.Words"/>, cut from the whole text's words;
/// before, each finder split the sentence itself. Both must give the same words at the same offsets.
/// </summary>
public class SentenceWordsTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        var folders = new[]
        {
            Path.Combine(RepositoryPaths.Root, "seeds"),
            Path.Combine(RepositoryPaths.Root, "tests", "StaticChronicle.Tests", "Extraction", "Kinds"),
        };
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void A_seeds_sentences_hold_the_words_splitting_them_gives(string file)
    {
        var seed = SeedReader.Read(Path.Combine(RepositoryPaths.Root, file), RepositoryPaths.Root).Seed!;
        var text = BodyExtractor.Extract(seed.Text, seed.FirstTextLine);
        var texts = new List<string> { text.Title?.Text ?? "" };
        texts.AddRange(text.Paragraphs.Select(p => p.Text));

        AssertSameWords(texts);
    }

    [Theory]
    [InlineData("They pledged to deepen ties.The official said the talks went well.")]
    [InlineData("\"We treasure it,\" Mr. Kim said. 'It’s Japan’s turn.' The U.S.-Japan alliance's role (see below).")]
    [InlineData("Hanoi's leaders met on Dec. 5! Did they agree? Yes — they did.”  Then: co-operation’s next step")]
    [InlineData("  Leading spaces.  Two spaces between sentences.   ")]
    [InlineData("Việt Nam và Nhật Bản. 日本と ベトナム. Trương Thị Mai’s visit.")]
    public void Sentences_written_for_the_edges_hold_the_words_splitting_them_gives(string paragraph)
    {
        AssertSameWords(["A Headline: Ties’ Future", paragraph]);
    }

    private static void AssertSameWords(List<string> texts)
    {
        foreach (var sentence in SentenceSplitter.Split(texts, texts.Select(WordToken.Split).ToList()))
        {
            Assert.Equal(WordToken.Split(sentence.Text), sentence.Words);
        }
    }
}
