using System.Collections.Frozen;
using System.Text.RegularExpressions;
using StaticChronicle.Config;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Roles;

/// <summary>
/// The office an article gives one person, complete and as written: the title words before each place that names
/// them, the roles set off by commas after it (", Special Advisor to the alliance", ", who is also President of …"),
/// with "the alliance" and "the prefecture's Governor" written out from what the article named before. Several
/// offices are joined ("Prime Minister and President of the Liberal Democratic Party"). When the text gives none,
/// "the minister" in a sentence of its own, or the registry's office at the article's date.
/// </summary>
public sealed partial class RoleFinder(IReadOnlyList<string> texts, IReadOnlyList<PersonSpan> spans, IReadOnlyList<ArticleSentence> sentences, PlaceGazetteer places)
{
    private static readonly char[] Stops = ['.', ';', '(', ')', ':', '"', '“', '”'];
    private readonly SpanIndex _index = new(spans);

    // Reused by each TitleBefore of this article's finder (one thread reads one article).
    private readonly List<(int Start, int End)> _windowWords = [];
    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "which", "is", "was", "were", "are", "paid", "has", "had", "have", "will", "would", "said", "met", "led", "held",
        "also", "who", "whose", "as", "said", "says", "expressed", "visited", "received", "attended",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bthe (?<kind>prefecture|province|city|region|state)['’]s\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacePossessive();

    [GeneratedRegex(@"\bthe (?<kind>alliance|group|committee|association|union|council|commission|federation|forum|assembly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyReference();

    [GeneratedRegex(@"\b[Tt]he (?<title>minister|official|ambassador|governor|president|chairman|chairwoman|premier|mayor|envoy|leader|secretary)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleReference();

    [GeneratedRegex(@"\b(?:NA|CPV|LDP|VFF|PM)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    // "the Mausoleum of President Ho Chi Minh" names a place, not an office.
    [GeneratedRegex(@"\b(?:Mausoleum|Statue|Monument|Memorial|Museum|Tomb|Portrait|House|Temple)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Building();

    [GeneratedRegex(@"\bits\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ItsBefore();

    [GeneratedRegex(@"\bthe ((?:[\p{Lu}][\p{L}'’&-]*\s+(?:of\s+|and\s+)?)*(?:Federation|Association|Alliance|Group|Committee|Council|Commission|Union|Assembly|Party|Corporation|Company|Bank|Agency|Organisation|Organization|Forum|Chamber|Institute|University|Foundation|Society|Club|Network|Fund))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBody();

    [GeneratedRegex(@"^who (?:is|was) (?:also )?", RegexOptions.CultureInvariant)]
    private static partial Regex WhoIs();

    // "Foreign Minister" and "Minister of Foreign Affairs" are one office written two ways.
    [GeneratedRegex(@"^(?<rank>(?:(?:senior|first|parliamentary) )?(?:(?:deputy|vice|state) )?)(?:(?<field>[a-z]+) minister|minister (?:of|for) (?<field>[a-z]+)(?: affairs)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MinisterOfField();

    /// <summary>The role for <paramref name="personId"/>, or null.</summary>
    /// <param name="vietnamese">Whether the person is on the Vietnamese side.</param>
    /// <param name="entry">Their registry entry, if any.</param>
    /// <param name="participant">Whether they took part: a historical figure who did not gets no role from the text either.</param>
    public string? Find(string personId, bool vietnamese, PersonEntry? entry, DateOnly date, bool participant)
    {
        ArgumentNullException.ThrowIfNull(personId);
        if (!participant && entry is not null && RegistryRoles.IsHistorical(entry, date))
        {
            return null;
        }

        var atoms = new List<string>();
        foreach (var span in spans.Where(s => s.PersonId == personId))
        {
            foreach (var phrase in Phrases(span))
            {
                foreach (var atom in Atoms(RoleText.Clean(ResolveBody(phrase, span), vietnamese)))
                {
                    atoms.Add(atom);
                }
            }
        }

        var kept = Distinct(atoms);
        if (kept.Count > 1 && kept.Any(a => !RankOnly().IsMatch(a)))
        {
            // "Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence": the office, not the rank.
            kept.RemoveAll(a => RankOnly().IsMatch(a));
        }

        if (kept.Count > 0)
        {
            return Join(kept);
        }

        var registered = entry is null ? null : RegistryRoles.At(entry, date);
        if (registered is not null)
        {
            // "The minister stressed …": the article's own word for an office the registry confirms.
            foreach (var sentence in sentences)
            {
                var m = TitleReference().Match(sentence.Text);
                if (m.Success && Regex.IsMatch(registered, $@"\b{m.Groups["title"].Value}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                {
                    return Capitalise(m.Groups["title"].Value);
                }
            }

            return RoleText.Clean(registered, vietnamese);
        }

        return null;
    }

    /// <summary>The raw role phrases at one place that names the person: the words before, and the appositives after.</summary>
    private List<string> Phrases(PersonSpan span)
    {
        var text = texts[span.TextIndex];
        var phrases = new List<string>();
        var roleStart = span.RoleStart < span.Start ? span.RoleStart : TitleBefore(text, span.Start);
        // "NA Chairman …": an abbreviation in capitals before the title belongs to it.
        var from = WindowStart(roleStart);
        if (FirstMatch(Abbreviation(), text.AsSpan(from, roleStart - from)) is { } abbreviation && roleStart < span.Start)
        {
            roleStart = from + abbreviation;
        }

        if (roleStart < span.Start)
        {
            var before = WithoutTrailingRank(OfficeCase(text[roleStart..span.Start].Trim()));
            var roleFrom = WindowStart(span.RoleStart);
            var roleWindow = text.AsSpan(roleFrom, span.RoleStart - roleFrom);
            if (FirstMatch(PlacePossessive(), roleWindow) is { } possessive && PlaceBefore(span.TextIndex, roleFrom + possessive) is { } place)
            {
                before = $"{before} of {place}";
            }
            else if (ItsBefore().IsMatch(roleWindow) && BodyBefore(span.TextIndex, span.RoleStart) is { } body)
            {
                // "a delegation of the Japan Business Federation led by its Chairman …"
                before = $"{before} of the {body}";
            }

            before = NearestOfListed(before);
            if (!before.Contains("counterpart", StringComparison.OrdinalIgnoreCase) && !Building().IsMatch(before))
            {
                phrases.Add(before);
            }
        }

        if (span.End + 2 > text.Length || text[span.End] != ',' || text[span.End + 1] != ' ')
        {
            return phrases;
        }

        var stop = text.IndexOfAny(Stops, span.End);
        var end = stop < 0 ? text.Length : stop;
        var at = span.End + 2;
        while (at < end)
        {
            var comma = text.IndexOf(',', at, end - at);
            var segmentEnd = comma < 0 ? end : comma;
            var segment = text[at..segmentEnd].Trim();
            var offset = at;
            at = segmentEnd + 1;
            if (!_index.StartingIn(span.TextIndex, offset, segmentEnd).IsEmpty)
            {
                break;
            }

            var who = WhoIs().Match(segment);
            if (who.Success)
            {
                segment = segment[who.Length..];
            }

            var words = WordToken.Split(segment);
            if (words.Count is 0 or > 16
                || !StartsWithOfficeWord(words)
                || words.Any(w => ClauseWords.Contains(w.Key) || NameVocabulary.SpeechVerbs.Contains(w.Key)))
            {
                break;
            }

            // "To Lam, general secretary of the Communist Party of Vietnam, …": the office as it is written elsewhere.
            phrases.Add(char.IsLower(segment[0]) ? OfficeCase(segment) : segment);
        }

        return phrases;
    }

    /// <summary>Whether one of the first four words, or a part of one between hyphens ("vice-chairman"), is a role or title word.</summary>
    private static bool StartsWithOfficeWord(List<WordToken> words)
    {
        for (var w = 0; w < words.Count && w < 4; w++)
        {
            var key = words[w].Key;
            if (!key.Contains('-', StringComparison.Ordinal))
            {
                if (IsOfficeWord(key))
                {
                    return true;
                }

                continue;
            }

            foreach (var part in key.Split('-'))
            {
                if (IsOfficeWord(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsOfficeWord(string key) => NameVocabulary.RoleWords.Contains(key) || NameVocabulary.TitleWords.Contains(key);

    /// <summary>"defence minister" as the office is written elsewhere: "Defence Minister" (connectors stay lower case).</summary>
    private static string OfficeCase(string phrase)
    {
        if (!phrase.Any(char.IsLower) || !WordToken.Split(phrase).Any(w => !w.IsCapitalised && NameVocabulary.RoleWords.Contains(w.Key)))
        {
            return phrase;
        }

        var chars = phrase.ToCharArray();
        foreach (var word in WordToken.Split(phrase))
        {
            if (!word.IsCapitalised && (NameVocabulary.RoleWords.Contains(word.Key) || NameVocabulary.OfficeFields.Contains(word.Key) || NameVocabulary.TitleWords.Contains(word.Key))
                && !NameVocabulary.RoleConnectors.Contains(word.Key))
            {
                chars[word.Start] = char.ToUpperInvariant(chars[word.Start]);
            }
        }

        return new string(chars);
    }

    /// <summary>"Defence Minister General …", "Chief of the Army Staff General …": the office is the role, the rank after it is not another.</summary>
    private static string WithoutTrailingRank(string phrase)
    {
        var m = TrailingRank().Match(phrase);
        if (!m.Success || m.Index == 0)
        {
            return phrase;
        }

        var office = phrase[..m.Index].TrimEnd(' ', ',');
        var words = WordToken.Split(office);
        // "Consul General", "Secretary General", "Director General": there "General" is part of the office.
        if (words.Count == 0 || words[^1].Key is "consul" or "secretary" or "director" or "attorney" or "governor" or "inspector" or "solicitor" or "auditor" or "surgeon" or "procurator")
        {
            return phrase;
        }

        // "Vice Admiral": what is left must be an office of its own, not the first word of the rank.
        return words.Any(w => (NameVocabulary.RoleWords.Contains(w.Key) && w.Key is not ("vice" or "deputy" or "general")) || w.Key is "chief") ? office : phrase;
    }

    [GeneratedRegex(@"^(?:(?:Senior|Major|Brigadier|Lieutenant|Vice|Rear|Sr\.?|Lt\.?|Maj\.?|Brig\.?)\s+)*(?:General|Admiral|Colonel|Gen\.?|Commodore)$", RegexOptions.CultureInvariant)]
    private static partial Regex RankOnly();

    [GeneratedRegex(@"\s(?:(?:Senior |Major |Brigadier |Lieutenant |Vice |Rear )*(?:General|Admiral|Colonel)|(?:Sr\.? |Lt\.? |Maj\.? |Brig\.? )*Gen\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRank();

    /// <summary>
    /// "Deputy Prime Minister Vu Duc Dam and South Korean Ambassador": when the words before a name hold another
    /// titled name joined by "and", only the title after the "and" is this person's.
    /// </summary>
    private static string NearestOfListed(string before)
    {
        var and = before.LastIndexOf(" and ", StringComparison.Ordinal);
        if (and < 0)
        {
            return before;
        }

        var head = WordToken.Split(before[..and]);
        if (head.Count < 3)
        {
            return before;
        }

        var last = head[^1];
        var previous = head[^2];
        // "Secretary of Labor, Employment and …": a comma between the two words lists a ministry's fields, never splits a name.
        var looksNamed = last.IsCapitalised && previous.IsCapitalised && !before.AsSpan(previous.End, last.Start - previous.End).Contains(',')
                         && !NameVocabulary.TitleWords.Contains(last.Key) && !NameVocabulary.TitleWords.Contains(previous.Key)
                         && !(NameVocabulary.OrganisationWords.Contains(last.Key) && NameVocabulary.OrganisationWords.Contains(previous.Key))
                         && head.Take(head.Count - 2).Any(w => NameVocabulary.TitleWords.Contains(w.Key));
        return looksNamed ? before[(and + 5)..] : before;
    }

    // The end-anchored patterns above look at the few words before a name: matching them on all the text before
    // it would make every name cost the length of the paragraph. The window is read in place, not copied.
    private static int WindowStart(int end) => Math.Max(0, end - 120);

    /// <summary>Where <paramref name="regex"/> first matches in <paramref name="window"/> (as Match on a string of it would find), or null.</summary>
    private static int? FirstMatch(Regex regex, ReadOnlySpan<char> window)
    {
        foreach (var match in regex.EnumerateMatches(window))
        {
            return match.Index;
        }

        return null;
    }

    /// <summary>
    /// Where a title ends just before a name that the name finder gave none ("Minister of Labour, Invalids and Social
    /// Affairs Dao Ngoc Dung": commas inside a ministry's name): capitalised words, "of/the/and/for" and commas
    /// between capitalised words, back to a title word; <paramref name="start"/> when there is none.
    /// </summary>
    private int TitleBefore(string text, int start)
    {
        // Fourteen words back at most: split only a window before the name, never the whole text before it
        // (that made a long one-paragraph seed cost its length squared). A word cut by the window's edge is dropped.
        // Only where the window's words stand is found for all of them: the walk back reads two or three.
        var from = Math.Max(0, start - 400);
        var window = text.AsSpan(from, start - from);
        var bounds = _windowWords;
        bounds.Clear();
        WordToken.Bounds(window, bounds);
        var first = from > 0 && bounds.Count > 0 && bounds[0].Start == 0 ? 1 : 0;
        var begin = start;
        var found = start;
        for (var k = bounds.Count - 1; k >= first && bounds.Count - k <= 14; k--)
        {
            var token = WordToken.At(window, bounds[k].Start, bounds[k].End);
            var tokenStart = from + token.Start;
            var tokenEnd = from + token.End;
            var gap = text.AsSpan(tokenEnd, begin - tokenEnd).Trim();
            if (!(gap.IsEmpty || gap is ","))
            {
                break;
            }

            if (!token.IsCapitalised && token.Key is not ("of" or "the" or "and" or "for"))
            {
                break;
            }

            begin = tokenStart;
            if (token.IsCapitalised && NameVocabulary.TitleWords.Contains(token.Key))
            {
                found = begin;
            }
        }

        return found;
    }

    /// <summary>"Special Advisor to the alliance" → "… to the Japan-Vietnam Parliamentary Friendship Alliance", from the last body of that kind named before.</summary>
    private string ResolveBody(string phrase, PersonSpan span)
    {
        var m = BodyReference().Match(phrase);
        if (!m.Success)
        {
            return phrase;
        }

        var kind = Capitalise(m.Groups["kind"].Value);
        var earlier = string.Join("\n", texts.Take(span.TextIndex)) + "\n" + texts[span.TextIndex][..span.Start];
        var named = Regex.Matches(earlier, $@"\bthe ((?:[\p{{Lu}}][\p{{L}}'’]*(?:\s+(?:-|–)\s+|\s+|-))+{kind})\b", RegexOptions.CultureInvariant);
        return named.Count == 0 ? phrase : string.Concat(phrase.AsSpan(0, m.Index), "the ", named[^1].Groups[1].Value, phrase.AsSpan(m.Index + m.Length));
    }

    /// <summary>The organisation named last before <paramref name="offset"/> in the same text ("the Japan Business Federation").</summary>
    private string? BodyBefore(int textIndex, int offset)
    {
        var found = NamedBody().Matches(texts[textIndex][..offset]);
        return found.Count == 0 ? null : found[^1].Groups[1].Value;
    }

    /// <summary>The place named last before <paramref name="offset"/>, one followed by "prefecture"/"province" first.</summary>
    private string? PlaceBefore(int textIndex, int offset)
    {
        string? last = null;
        string? kinded = null;
        for (var t = 0; t <= textIndex; t++)
        {
            var text = t == textIndex ? texts[t][..offset] : texts[t];
            var tokens = WordToken.Split(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                for (var length = Math.Min(places.MaxWords, tokens.Count - i); length >= 1; length--)
                {
                    if (places.Find(tokens, i, i + length) is { } place)
                    {
                        last = place;
                        if (i + length < tokens.Count && tokens[i + length].Key is "prefecture" or "province")
                        {
                            kinded = place;
                        }

                        i += length - 1;
                        break;
                    }
                }
            }
        }

        return kinded ?? last;
    }

    // Built once rather than looked up in Regex's cache of static patterns at every phrase.
    [GeneratedRegex(@",\s+|\s+and\s+(?=(?:[Hh]ead|[Mm]ember|\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex AtomBreak();

    /// <summary>One cleaned phrase split into its offices: at ", " and " and " before a title word.</summary>
    private static IEnumerable<string> Atoms(string phrase)
    {
        if (phrase.Length == 0)
        {
            yield break;
        }

        var parts = AtomBreak().Split(phrase);
        var current = "";
        foreach (var part in parts)
        {
            // Only the first word decides: the rest of the part is not split.
            var first = WordToken.First(part);
            var startsTitle = first is not null && (NameVocabulary.TitleWords.Contains(first.Key) || NameVocabulary.RoleWords.Contains(first.Key) || first.Key is "politburo" or "special" or "standing" or "permanent");
            if (current.Length > 0 && !startsTitle)
            {
                // "Minister of Health, Labour and Welfare": a comma inside one body's name.
                current += (phrase.Contains(current + ", " + part, StringComparison.Ordinal) ? ", " : " and ") + part;
                continue;
            }

            if (current.Length > 0)
            {
                yield return Capitalise(current);
            }

            current = part.Trim();
        }

        if (current.Length > 0 && WordToken.Split(current).Any(w => NameVocabulary.TitleWords.Contains(w.Key) || NameVocabulary.RoleWords.Contains(w.Key)))
        {
            yield return Capitalise(current);
        }
    }

    /// <summary>Each office once; a bare title another office spells out ("Chairman" beside "Chairman of the National Assembly") goes.</summary>
    private static List<string> Distinct(List<string> atoms)
    {
        var kept = new List<string>();
        foreach (var atom in atoms)
        {
            if (kept.Any(k => string.Equals(k, atom, StringComparison.OrdinalIgnoreCase) || SameMinistry(k, atom)))
            {
                continue;
            }

            kept.Add(atom);
        }

        return kept.Where(a => !kept.Any(o => !ReferenceEquals(o, a) && o.Length > a.Length && AsWordsIn(a).IsMatch(o)))
            .ToList();
    }

    // Regex keeps only 15 patterns built from strings; there are more offices than that, and each was parsed again.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> WordPatterns = new(StringComparer.Ordinal);

    /// <summary><paramref name="office"/> as whole words, any case: the pattern that tells it is part of a longer office.</summary>
    private static Regex AsWordsIn(string office)
    {
        if (WordPatterns.Count > 4096)
        {
            WordPatterns.Clear();
        }

        return WordPatterns.GetOrAdd(office, static a => new Regex($@"(^|\s){Regex.Escape(a)}(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    private static bool SameMinistry(string a, string b)
    {
        var x = MinisterOfField().Match(a.ToLowerInvariant());
        var y = MinisterOfField().Match(b.ToLowerInvariant());
        return x.Success && y.Success && x.Groups["rank"].Value == y.Groups["rank"].Value && x.Groups["field"].Value == y.Groups["field"].Value;
    }

    private static string Join(List<string> offices) => offices.Count == 1
        ? offices[0]
        : string.Join(", ", offices.Take(offices.Count - 1)) + " and " + offices[^1];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
