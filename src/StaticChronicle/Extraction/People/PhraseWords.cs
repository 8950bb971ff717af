namespace StaticChronicle.Extraction.People;

/// <summary>
/// Every word of a list of phrase keys (space-separated folded words). A phrase with any other word cannot be one
/// of them, so a lookup rules most phrases out with a few set lookups instead of building a joined key.
/// </summary>
public sealed class PhraseWords
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>Remembers the words of <paramref name="key"/>, a phrase key as the lookups build it.</summary>
    public void Add(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _words.UnionWith(key.Split(' '));
    }

    /// <summary>True when every key of tokens [from, to) is a word of some phrase.</summary>
    public bool ContainsAll(List<WordToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var k = from; k < to; k++)
        {
            if (!_words.Contains(tokens[k].Key))
            {
                return false;
            }
        }

        return true;
    }
}
