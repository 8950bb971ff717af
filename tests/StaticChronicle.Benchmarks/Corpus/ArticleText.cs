namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>How one article names its cast: one spelling style throughout, titles on first mention, short names after.</summary>
internal sealed class ArticleText(IReadOnlyList<PoolPerson> cast, bool diacritics, bool givenFirst, Random random)
{
    /// <summary>"Prime Minister Phạm Minh Chính", "Minister for Foreign Affairs Fumio Kishida".</summary>
    public string FirstMention(int index) => Titled(index);

    public string Titled(int index, bool shortForm = false)
    {
        var person = cast[index];
        return $"{person.Title} {(shortForm ? person.ShortName(diacritics) : person.FullName(diacritics, givenFirst))}";
    }

    public string Full(int index) => cast[index].FullName(diacritics, givenFirst);

    /// <summary>A later reference: "Chính", or with the title, "Prime Minister Chính".</summary>
    public string Short(int index) => random.Next(2) == 0 ? cast[index].ShortName(diacritics) : Titled(index, shortForm: true);

    /// <summary>Replaces {V} (the host) and {J} (the guest) in a sentence frame.</summary>
    public string Fill(string frame)
    {
        var text = frame;
        if (text.Contains("{V}", StringComparison.Ordinal))
        {
            text = text.Replace("{V}", Short(0), StringComparison.Ordinal);
        }

        if (text.Contains("{J}", StringComparison.Ordinal))
        {
            text = text.Replace("{J}", Short(1), StringComparison.Ordinal);
        }

        return text;
    }
}
