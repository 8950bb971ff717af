using StaticChronicle.Extraction.People;

namespace StaticChronicle.Tests.Extraction;

public class PhraseWordsTests
{
    private static readonly PhraseWords Words = Create("fumio kishida", "ho chi minh", "hanoi");

    private static PhraseWords Create(params string[] keys)
    {
        var words = new PhraseWords();
        foreach (var key in keys)
        {
            words.Add(key);
        }

        return words;
    }

    [Theory]
    [InlineData("Kishida Fumio", 0, 2, true)]
    [InlineData("Kishida Fumio visited", 0, 2, true)]
    [InlineData("Kishida Fumio visited", 0, 3, false)]
    [InlineData("Prime Minister Kishida", 2, 3, true)]
    [InlineData("Prime Minister Kishida", 0, 3, false)]
    [InlineData("Hồ Chí Minh City", 0, 3, true)]
    [InlineData("Chi Hanoi Ho", 0, 3, true)]
    [InlineData("Tokyo", 0, 1, false)]
    public void A_phrase_can_be_a_key_only_when_every_word_of_it_is_a_word_of_some_key(string text, int from, int to, bool expected) =>
        Assert.Equal(expected, Words.ContainsAll(WordToken.Split(text), from, to));
}
