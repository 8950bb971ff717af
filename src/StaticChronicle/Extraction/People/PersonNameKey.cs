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

        // A name has two to four words: an insertion sort, because Array.Sort with a comparer builds a delegate per
        // call and this runs for every capitalised run of every seed.
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(keys[j], key) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }

        return string.Join(' ', keys);
    }

    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return For(WordToken.Split(name).Select(t => t.Text));
    }
}
