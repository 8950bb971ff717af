using StaticChronicle.Config;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>
/// The people a corpus of N articles is about: the real registry's leaders first, then generated
/// Vietnamese and Japanese names until there are about N/20. Every other generated person is registered.
/// </summary>
internal static class PeoplePool
{
    public const int ArticlesPerPerson = 20;
    public const int MinimumSize = 12;

    public static int SizeFor(int articleCount) => Math.Max(MinimumSize, articleCount / ArticlesPerPerson);

    public static IReadOnlyList<PoolPerson> Build(int articleCount, IReadOnlyList<PersonEntry> registry, Random random)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(random);
        var size = SizeFor(articleCount);
        var pool = new List<PoolPerson>(size);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var entry in registry)
        {
            if (pool.Count >= size / 2)
            {
                break;
            }

            if (FromRegistry(entry, random) is { } person && seen.Add(Key(person)))
            {
                pool.Add(person);
            }
        }

        var generated = 0;
        while (pool.Count < size)
        {
            var japanese = random.Next(100) < 45;
            var person = japanese ? NewJapanese(random, generated % 2 == 0) : NewVietnamese(random, generated % 2 == 0);
            if (seen.Add(Key(person)))
            {
                pool.Add(person);
                generated++;
            }
        }

        return pool;
    }

    /// <summary>Same identity whatever the name order: the folded parts, sorted.</summary>
    private static string Key(PoolPerson person) =>
        string.Join(' ', person.Name.ToLowerInvariant().Split(' ').Order(StringComparer.Ordinal));

    private static PoolPerson? FromRegistry(PersonEntry entry, Random random)
    {
        var japanese = string.Equals(entry.Country, "Japan", StringComparison.Ordinal);
        var parts = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Single names (emperors) and historical figures named by their full name only don't fit the title + short-name pattern.
        if (parts.Length < 2 || entry.Name == "Ho Chi Minh")
        {
            return null;
        }

        if (japanese)
        {
            var title = Pick(random, Vocabulary.JapaneseTitles);
            return new PoolPerson(parts[0], "", parts[1], true, entry.Native ?? entry.Name, title, true);
        }

        var native = (entry.Native ?? entry.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (native.Length != parts.Length)
        {
            return null;
        }

        return new PoolPerson(native[0], string.Join(' ', native[1..^1]), native[^1], false, entry.Native ?? entry.Name,
            Pick(random, Vocabulary.VietnameseTitles), true);
    }

    private static PoolPerson NewJapanese(Random random, bool registered)
    {
        var family = Pick(random, Vocabulary.JapaneseFamilies);
        var given = Pick(random, Vocabulary.JapaneseGivens);
        return new PoolPerson(family.Latin, "", given.Latin, true, family.Kanji + given.Kanji,
            Pick(random, Vocabulary.JapaneseTitles), registered);
    }

    private static PoolPerson NewVietnamese(Random random, bool registered)
    {
        var family = Pick(random, Vocabulary.VietnameseFamilies);
        var middle = Pick(random, Vocabulary.VietnameseMiddles);
        var given = Pick(random, Vocabulary.VietnameseGivens);
        var native = $"{family} {middle} {given}";
        return new PoolPerson(family, middle, given, false, native, Pick(random, Vocabulary.VietnameseTitles), registered);
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
