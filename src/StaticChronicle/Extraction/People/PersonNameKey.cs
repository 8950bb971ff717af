namespace StaticChronicle.Extraction.People;

/// <summary>The identity key of a name: its words folded, lowercased and sorted, so "Kishida Fumio" = "Fumio Kishida" = "KISHIDA Fumio".</summary>
public static class PersonNameKey
{
    public static string For(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = words.Select(WordToken.FoldKey).Where(w => w.Length > 0).ToList();
        keys.Sort(StringComparer.Ordinal);
        return string.Join(' ', keys);
    }

    /// <summary>The key of tokens [from, to), from their already folded keys.</summary>
    public static string For(List<WordToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (to - from == 1)
        {
            return tokens[from].Key;
        }

        var keys = new string[to - from];
        for (var k = from; k < to; k++)
        {
            keys[k - from] = tokens[k].Key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return string.Join(' ', keys);
    }

    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return For(WordToken.Split(name).Select(t => t.Text));
    }
}
