using StaticChronicle.Config;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.People;

/// <summary>The configuration's people, indexed by every spelling (name, native, aliases) in any word order.</summary>
public sealed class PeopleRegistry
{
    private readonly Dictionary<string, PersonEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonEntry>> _byShortName = new(StringComparer.Ordinal);

    private readonly PhraseWords _words = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PersonEntry?> _suggestions = new(StringComparer.Ordinal);

    public PeopleRegistry(IReadOnlyList<PersonEntry> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var person in people)
        {
            foreach (var spelling in person.Aliases.Prepend(person.Name).Append(person.Native ?? ""))
            {
                var words = WordToken.Split(spelling).Select(t => t.Text).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                MaxWords = Math.Max(MaxWords, words.Count);
                var key = PersonNameKey.For(words);
                _byKey.TryAdd(key, person);
                _words.Add(key);
            }

            foreach (var shortName in ShortNames(person.Name))
            {
                if (!_byShortName.TryGetValue(shortName, out var list))
                {
                    _byShortName[shortName] = list = [];
                }

                list.Add(person);
            }
        }
    }

    /// <summary>The most words any spelling has; longer phrases need not be looked up.</summary>
    public int MaxWords { get; private set; } = 1;

    /// <summary>The person whose spelling is tokens [from, to), in any order.</summary>
    public PersonEntry? Find(List<WordToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!_words.ContainsAll(tokens, from, to))
        {
            return null;
        }

        return _byKey.TryGetValue(PersonNameKey.For(tokens, from, to), out var person) ? person : null;
    }

    public PersonEntry? Find(IEnumerable<string> words) =>
        _byKey.TryGetValue(PersonNameKey.For(words), out var person) ? person : null;

    /// <summary>The one person whose short name (family name of a two-word name, given name of a longer Vietnamese one) is <paramref name="word"/>.</summary>
    public PersonEntry? FindByShortName(string word) =>
        _byShortName.TryGetValue(WordToken.FoldKey(word), out var list) && list.Count == 1 ? list[0] : null;

    /// <summary>
    /// The registry person whose spelling is one or two letters away from <paramref name="name"/> (in any word order,
    /// ignoring case and diacritics), for "did you mean"; null when none is that close.
    /// </summary>
    public PersonEntry? Suggest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = PersonNameKey.For(name);
        if (key.Length == 0)
        {
            return null;
        }

        // Every article that names an unregistered person asks, and a large site names the same few many times: the
        // answer (a walk over the whole registry) is the same each time, so it is worked out once per name.
        return _suggestions.GetOrAdd(key, k => EditDistance.Closest(k, _byKey.Keys, x => x) is { } near ? _byKey[near] : null);
    }

    /// <summary>Words by which an article may refer to the person after naming them in full.</summary>
    public static IEnumerable<string> ShortNames(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = WordToken.Split(fullName).Select(t => t.Key).ToList();
        return words.Count switch
        {
            0 or 1 => [],
            2 => words,
            _ => [words[^1]],
        };
    }
}
