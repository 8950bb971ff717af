using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.People;

namespace StaticChronicle.Extraction.Dates;

/// <summary>
/// Matches the roles an article gives registry people ("General Secretary and State President", "Foreign Minister")
/// to the offices of their registry tenures ("President of Vietnam", "Minister for Foreign Affairs of Japan").
/// </summary>
public static class OfficeMatcher
{
    // Words that qualify a title without changing the office: "State President", "Party General Secretary".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "state", "party", "vietnamese", "japanese", "korean", "then", "incumbent", "current", "new", "newly", "elected",
        "visiting", "the", "our", "his", "her", "japan", "vietnam", "korea", "cpv", "na", "top",
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (List<string> Words, List<string> Title)> OfficeWords =
        new(StringComparer.Ordinal);

    /// <summary>The constraints the people named with a role put on the date; people with no matching office give none.</summary>
    public static List<TenureConstraint> Constraints(IEnumerable<PersonMention> people, IReadOnlyDictionary<string, PersonEntry> registry)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(registry);
        var constraints = new List<TenureConstraint>();
        foreach (var person in people)
        {
            if (!person.Registered || !registry.TryGetValue(person.Id, out var entry) || entry.Tenures.Count == 0)
            {
                continue;
            }

            var offices = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in person.Roles)
            {
                foreach (var segment in Segments(role))
                {
                    // The segment's title is the same for every tenure it is held against: found once.
                    var title = Title(segment);
                    var tenures = entry.Tenures.Where(t => Matches(title, t.Office)).ToList();
                    var office = tenures.Select(t => t.Office).FirstOrDefault();
                    if (office is not null && offices.Add(office))
                    {
                        constraints.Add(new TenureConstraint($"{role} {person.Name}", tenures));
                    }
                }
            }
        }

        return constraints;
    }

    /// <summary>The titles of a role phrase: "General Secretary and State President" → ["general secretary", "state president"].</summary>
    private static IEnumerable<List<string>> Segments(string role)
    {
        var words = WordToken.Split(role).Select(t => t.Key).ToList();
        if (words.Contains("former") || words.Contains("late") || words.Contains("ex"))
        {
            yield break;
        }

        var current = new List<string>();
        foreach (var word in words.Append("and"))
        {
            if (word is "and" or "cum")
            {
                if (current.Count > 0)
                {
                    yield return current;
                }

                current = [];
                continue;
            }

            current.Add(word);
        }
    }

    /// <summary>
    /// True when the role segment names the office: its title (the words before "of"/"for") is the office's title,
    /// or ends with it and the words in front qualify it ("State President" → "President of Vietnam",
    /// "Foreign Minister" → "Minister for Foreign Affairs"), but never a different office ("Deputy Prime Minister").
    /// </summary>
    /// <param name="title">The role segment's <see cref="Title"/>.</param>
    private static bool Matches(List<string> title, string office)
    {
        // The registry's offices are few and asked about for every article: their words are split once per process.
        var (officeWords, officeTitle) = OfficeWords.GetOrAdd(office, static o =>
        {
            var words = WordToken.Split(o).Select(t => t.Key).ToList();
            return (words, Title(words));
        });
        if (title.Count < officeTitle.Count || officeTitle.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < officeTitle.Count; i++)
        {
            if (title[title.Count - officeTitle.Count + i] != officeTitle[i])
            {
                return false;
            }
        }

        return title.Take(title.Count - officeTitle.Count).All(w => Qualifiers.Contains(w) || officeWords.Contains(w));
    }

    private static List<string> Title(List<string> words)
    {
        var end = words.FindIndex(w => w is "of" or "for" or "to" or "in");
        return (end < 0 ? words : words.Take(end)).Where(w => w != "the").ToList();
    }
}
