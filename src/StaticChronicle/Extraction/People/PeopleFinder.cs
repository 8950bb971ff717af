using System.Globalization;
using StaticChronicle.Config;
using StaticChronicle.Content;
using StaticChronicle.Extraction.Places;
using StaticChronicle.Text;

namespace StaticChronicle.Extraction.People;

/// <summary>
/// Finds the people an article names. Registry spellings match in any word order; other people are
/// recognised by the title or role around their name, by an appositive role, by the shape of Vietnamese
/// and Japanese names, or by a verb of speech after them. Short references ("Hue", "Kishida") resolve to
/// the full name the article uses; places, countries and organisations are never people.
/// </summary>
public sealed class PeopleFinder(PeopleRegistry registry, PlaceGazetteer places)
{
    private static readonly char[] RoleListEnd = ['.', ';', '(', ')', ':', '"', '“'];

    private const int MaxNameWords = 4;
    private const int MaxRoleWords = 16;

    /// <summary>Searches <paramref name="texts"/> (headline and paragraphs) in order.</summary>
    public PeopleFindings Find(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Find(texts, texts.Select(WordToken.Split).ToList());
    }

    /// <summary>Searches <paramref name="texts"/> whose words are already split (<see cref="WordToken.Split"/>), so callers split once.</summary>
    public PeopleFindings Find(IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        var search = new Search(registry, places, texts, WithoutNicknames(texts, words));
        return search.Run();
    }

    /// <summary>
    /// The words without a quoted nickname inside a name (President Ferdinand "Bongbong" Marcos Jr.), so the name
    /// is the one the person is known by; the words stay where they are in the text.
    /// </summary>
    private static IReadOnlyList<List<WordToken>> WithoutNicknames(IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words)
    {
        List<List<WordToken>>? changed = null;
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t];
            var tokens = words[t];
            if (text.AsSpan().IndexOfAny('"', '“') < 0)
            {
                continue;
            }

            // Quotes are common and nicknames rare: the words are copied only when one is found.
            var first = -1;
            for (var k = 0; k < tokens.Count && first < 0; k++)
            {
                if (IsNickname(text, tokens, k))
                {
                    first = k;
                }
            }

            if (first >= 0)
            {
                var kept = tokens.Where((token, k) => !IsNickname(text, tokens, k)).ToList();
                changed ??= [.. words];
                changed[t] = kept;
            }
        }

        return changed ?? words;
    }

    private static bool IsNickname(string text, List<WordToken> tokens, int k)
    {
        var token = tokens[k];
        if (k == 0 || k + 1 >= tokens.Count || !token.IsCapitalised || !tokens[k - 1].IsCapitalised || !tokens[k + 1].IsCapitalised)
        {
            return false;
        }

        var before = text.AsSpan(tokens[k - 1].End, token.Start - tokens[k - 1].End);
        var after = text.AsSpan(token.End, tokens[k + 1].Start - token.End);
        return before is " \"" or " “" && after is "\" " or "” ";
    }

    /// <summary>The state of one article's search; never shared between threads.</summary>
    private sealed class Search(PeopleRegistry registry, PlaceGazetteer places, IReadOnlyList<string> texts, IReadOnlyList<List<WordToken>> words)
    {
        private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
        private readonly List<ShortReference> _shortReferences = [];
        private readonly List<PersonSpan> _spans = [];
        private readonly List<(int Text, int From, int To, int Floor)> _unproven = [];
        private int _order;

        public PeopleFindings Run()
        {
            for (var t = 0; t < texts.Count; t++)
            {
                ScanText(t);
            }

            ProveByRepetition();
            ResolveShortReferences();
            if (texts.Count > 1)
            {
                // "Chinh Hails Ties": in a Title-Case headline any two words look like a name; someone the body never names is not kept.
                var inBody = _spans.Where(sp => sp.TextIndex > 0).Select(sp => sp.PersonId).ToHashSet(StringComparer.Ordinal);
                var dropped = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (key, person) in _people.Where(p => p.Value.Entry is null && !inBody.Contains(p.Value.Id)).ToList())
                {
                    _people.Remove(key);
                    dropped.Add(person.Id);
                }

                if (dropped.Count > 0)
                {
                    _spans.RemoveAll(sp => dropped.Contains(sp.PersonId));
                }
            }

            var people = _people.Values
                .OrderBy(p => p.FirstText).ThenBy(p => p.FirstStart).ThenBy(p => p.Order)
                .Select(p => new PersonMention(p.Id, p.Name, p.Entry is not null, p.Roles, p.Evidence))
                .ToList();
            var spans = _spans.OrderBy(s => s.TextIndex).ThenBy(s => s.Start).ToList();
            return new PeopleFindings(people, spans);
        }

        private void ScanText(int t)
        {
            var text = texts[t];
            var tokens = words[t];
            var floor = 0;
            var i = 0;
            while (i < tokens.Count)
            {
                if (!tokens[i].IsCapitalised)
                {
                    i++;
                    continue;
                }

                var end = RunEnd(text, tokens, i);
                floor = ScanRun(t, text, tokens, i, end, floor);
                i = end;
            }
        }

        /// <summary>A run is capitalised words separated by single spaces ("Mr." may end in a dot).</summary>
        private static int RunEnd(string text, List<WordToken> tokens, int start)
        {
            var j = start + 1;
            while (j < tokens.Count && tokens[j].IsCapitalised)
            {
                var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
                var joined = gap is " " || (gap is ". " && (NameVocabulary.Honorifics.Contains(tokens[j - 1].Key) || IsInitial(tokens[j - 1]))) || IsNicknameGap(gap);
                if (!joined)
                {
                    break;
                }

                j++;
            }

            return j;
        }

        /// <summary>"S." in "S. Jaishankar": one capital letter the text follows with a dot.</summary>
        private static bool IsInitial(WordToken token) => token.Text.Length == 1 && char.IsUpper(token.Text[0]);

        /// <summary>Where a nickname was left out of the words: ' "Bongbong" ' between two parts of one name.</summary>
        private static bool IsNicknameGap(ReadOnlySpan<char> gap) =>
            gap.Length >= 5 && gap[0] == ' ' && gap[1] is '"' or '“' && gap[^1] == ' ' && gap[^2] is '"' or '”'
            && char.IsUpper(gap[2]) && gap[2..^2].IndexOfAny(" \"“”") < 0;

        private int ScanRun(int t, string text, List<WordToken> tokens, int start, int end, int floor)
        {
            var i = start;
            while (i < end)
            {
                if (i + 1 < end && NameVocabulary.IsTwoWordName(tokens[i].Key, tokens[i + 1].Key))
                {
                    i += 2;
                    continue;
                }

                var (entry, registryLength) = RegistryMatch(tokens, i, end);
                var placeLength = PlaceMatch(tokens, i, end);
                // "Ho Chi Minh Communist Youth Union": a name that goes on into an organisation's words names the organisation.
                if (entry is not null && registryLength >= placeLength && i + registryLength < end
                    && NameVocabulary.OrganisationWords.Contains(tokens[i + registryLength].Key))
                {
                    i += registryLength + 1;
                    continue;
                }

                if (entry is not null && registryLength >= placeLength)
                {
                    floor = AddFull(t, text, tokens, i, i + registryLength, entry, floor);
                    i += registryLength;
                    continue;
                }

                // "Minister Fukuoka Takamaro", "Governor Nara Kenji": a title, then a city, then a given name is a person
                // whose family name is spelt like the city.
                if (placeLength == 1 && i > start && NameVocabulary.TitleWords.Contains(tokens[i - 1].Key) && i + 1 < end
                    && IsNameLike(tokens, i + 1, end) && PlaceMatch(tokens, i + 1, end) == 0 && RegistryMatch(tokens, i + 1, end).Entry is null)
                {
                    placeLength = 0;
                }

                if (placeLength > 0)
                {
                    // "Hue" is a city and, after "Vuong Dinh Hue", the Chairman: it is the person when the article names one so.
                    if (placeLength == 1 && i + 1 == end && IsNameLike(tokens, i, end))
                    {
                        AddShortReference(t, text, tokens, i, start, floor);
                    }

                    i += placeLength;
                    continue;
                }

                var j = i;
                while (j < end && IsNameLike(tokens, j, end) && (j == i || (PlaceMatch(tokens, j, end) < 2 && RegistryMatch(tokens, j, end).Length < 2)))
                {
                    j++;
                }

                // "Nguyen Hoa Binh", "Tran Thai Binh": a Vietnamese given name may be spelt like a province.
                var vietnamese = VietnameseNameEnd(tokens, i, end);
                if (vietnamese == end && vietnamese > j)
                {
                    j = vietnamese;
                }

                // "Park Heong-joon", "Kim Hong-Ji": a Korean family name followed by a hyphenated given name.
                if (j <= i + 1 && i + 1 < end && NameShape.IsKoreanName(tokens[i].Text, tokens[i + 1].Text))
                {
                    j = i + 2;
                }

                if (j == i)
                {
                    i++;
                    continue;
                }

                // A name ends its run: "Liberal Democratic Party" or "Toyota Motor Corporation" are not people.
                if (j == end)
                {
                    if (j - i == 1)
                    {
                        AddShortReference(t, text, tokens, i, start, floor);
                    }
                    else if (j - i <= MaxNameWords && IsPerson(text, tokens, i, j, start, floor))
                    {
                        floor = AddFull(t, text, tokens, i, j, null, floor);
                    }
                    else if (j - i <= 3 && i == start)
                    {
                        _unproven.Add((t, i, j, floor));
                    }
                }

                i = j;
            }

            return floor;
        }

        /// <summary>Where a run of Vietnamese syllables after a Vietnamese family name at <paramref name="i"/> ends (i when there is none).</summary>
        private static int VietnameseNameEnd(List<WordToken> tokens, int i, int end)
        {
            if (!NameShape.IsVietnameseFamilyName(tokens[i].Key))
            {
                return i;
            }

            var k = i + 1;
            while (k < end && k - i < MaxNameWords && tokens[k].IsCapitalised && !tokens[k].IsAllCaps && NameShape.IsVietnameseSyllable(tokens[k].Key)
                   // "Vu Duc Dam": a syllable spelt like an organisation word ends a name when the run ends with it.
                   && (!NameVocabulary.OrganisationWords.Contains(tokens[k].Key) || (k == end - 1 && k - i >= 2)) && !NameVocabulary.TitleWords.Contains(tokens[k].Key))
            {
                k++;
            }

            return k - i >= 2 ? k : i;
        }

        private (PersonEntry? Entry, int Length) RegistryMatch(List<WordToken> tokens, int i, int end)
        {
            for (var length = Math.Min(registry.MaxWords, end - i); length >= 1; length--)
            {
                var found = registry.Find(tokens, i, i + length);
                if (found is not null)
                {
                    return (found, length);
                }
            }

            return (null, 0);
        }

        private int PlaceMatch(List<WordToken> tokens, int i, int end)
        {
            for (var length = Math.Min(places.MaxWords, end - i); length >= 1; length--)
            {
                if (places.Find(tokens, i, i + length) is not null)
                {
                    return length;
                }
            }

            return 0;
        }

        private static bool IsNameLike(List<WordToken> tokens, int j, int end)
        {
            var token = tokens[j];
            var text = token.Text;
            if (IsInitial(token) && j + 1 < end && tokens[j + 1].Start == token.End + 2)
            {
                // An initial inside a run ("S. Jaishankar") is part of the name; RunEnd joined it only across ". ".
                return true;
            }

            if (!token.IsCapitalised || text.Length < 2 || text.Any(char.IsDigit))
            {
                return false;
            }

            var hyphen = text.AsSpan().IndexOfAny('-', '–');
            if (hyphen > 0 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1]))
            {
                // "Osaka-Kansai", "Vietnam-Japan": compounds, not names ("Jae-in" keeps a lowercase half).
                return false;
            }

            var key = token.Key;
            var lastOfRun = j + 1 >= end;
            if (NameVocabulary.TitleWords.Contains(key) || (NameVocabulary.Honorifics.Contains(key) && !(lastOfRun && NameVocabulary.ShortRanks.Contains(key)))
                || NameVocabulary.OrganisationWords.Contains(key))
            {
                return false;
            }

            if (token.IsAllCaps && !NameShape.IsJapaneseWord(key))
            {
                return false;
            }

            if (NameVocabulary.CommonWords.Contains(key))
            {
                // "To Lam", "Do Van Chien": a Vietnamese family name that is also an English word, followed by a name syllable.
                return NameShape.IsVietnameseFamilyName(key) && j + 1 < end
                       && NameShape.IsVietnameseSyllable(tokens[j + 1].Key)
                       && !NameVocabulary.CommonWords.Contains(tokens[j + 1].Key)
                       && !NameVocabulary.OrganisationWords.Contains(tokens[j + 1].Key);
            }

            return true;
        }

        private static bool IsPerson(string text, List<WordToken> tokens, int i, int j, int runStart, int floor)
        {
            var keys = tokens.Skip(i).Take(j - i).Select(x => x.Key).ToList();
            var surface = tokens.Skip(i).Take(j - i).Select(x => x.Text).ToList();
            var titled = i > runStart && (NameVocabulary.TitleWords.Contains(tokens[i - 1].Key) || NameVocabulary.Honorifics.Contains(tokens[i - 1].Key));
            return titled
                   || RoleBefore(text, tokens, i, floor) is not null
                   || RolesAfter(text, tokens[j - 1].End).Length > 0
                   || NameShape.IsVietnameseName(keys)
                   || (surface.Count == 2 && NameShape.IsKoreanName(surface[0], surface[1]))
                   || NameShape.IsCapitalisedFamilyName(surface)
                   || FollowedBySpeechVerb(text, tokens, j)
                   || IsAppositive(text, tokens, i, j);
        }

        /// <summary>"The head of the group, Sato Hiroshi, said …": a name set off by commas right after a role noun.</summary>
        private static bool IsAppositive(string text, List<WordToken> tokens, int i, int j)
        {
            if (i == 0 || j >= tokens.Count || !text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).SequenceEqual(", ")
                || !text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).SequenceEqual(", "))
            {
                return false;
            }

            for (var k = i - 1; k >= 0 && k >= i - 6; k--)
            {
                if (NameVocabulary.RoleWords.Contains(tokens[k].Key))
                {
                    return NameVocabulary.SpeechVerbs.Contains(tokens[j].Key) || tokens[j].Key is "who" or "also";
                }
            }

            return false;
        }

        private static bool FollowedBySpeechVerb(string text, List<WordToken> tokens, int j) =>
            j < tokens.Count && !tokens[j].IsCapitalised && NameVocabulary.SpeechVerbs.Contains(tokens[j].Key)
            && text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim().Length == 0;

        private int AddFull(int t, string text, List<WordToken> tokens, int i, int j, PersonEntry? entry, int floor)
        {
            var key = entry is null ? PersonNameKey.For(tokens, i, j) : "@" + entry.Id;
            if (!_people.TryGetValue(key, out var person))
            {
                var name = entry?.Name ?? string.Join(' ', tokens.Skip(i).Take(j - i).Select(x => IsInitial(x) ? x.Text + "." : DisplayWord(x.Text)));
                person = new Person(entry?.Id ?? Slug.From(name), name, entry, t, tokens[i].Start, _order++, Sentence(text, tokens[i].Start));
                person.ShortKeys.UnionWith(PeopleRegistry.ShortNames(person.Name));
                _people[key] = person;
            }

            // The short names of the words as written here, as PeopleRegistry.ShortNames gives them for a full name.
            if (j - i == 2)
            {
                foreach (var word in new[] { tokens[i], tokens[i + 1] }.Where(w => !IsInitial(w)))
                {
                    person.ShortKeys.Add(word.Key);
                }
            }
            else if (j - i > 2)
            {
                person.ShortKeys.Add(tokens[j - 1].Key);
            }
            var role = RoleBefore(text, tokens, i, floor);
            // "his Indian counterpart": who the person is to someone else, not an office (CounterpartRoles gives it).
            if (role?.Role.Contains("counterpart", StringComparison.OrdinalIgnoreCase) != true)
            {
                person.AddRole(role?.Role);
            }

            foreach (var after in RolesAfter(text, tokens[j - 1].End))
            {
                person.AddRole(after);
            }

            _spans.Add(new PersonSpan(t, tokens[i].Start, tokens[j - 1].End, role?.Start ?? tokens[i].Start, person.Id, person.ShortName));
            return tokens[j - 1].End;
        }

        private void AddShortReference(int t, string text, List<WordToken> tokens, int i, int runStart, int floor)
        {
            var previous = i > runStart ? tokens[i - 1].Key : null;
            // "Empress Masako", "Princess Kiko": one name after a royal title is a person, registered or not.
            var honorific = previous is not null && (NameVocabulary.Honorifics.Contains(previous) || NameVocabulary.RoyalTitles.Contains(previous));
            var role = RoleBefore(text, tokens, i, floor);
            var titled = honorific || (previous is not null && NameVocabulary.TitleWords.Contains(previous)) || role is not null;
            _shortReferences.Add(new ShortReference(t, tokens[i], titled, honorific, role?.Role, role?.Start ?? tokens[i].Start)
            {
                Speaks = FollowedBySpeechVerb(text, tokens, i + 1),
            });
        }

        /// <summary>
        /// With no registry and no title, "Sato Hiroshi … Sato said" still names a person: a two- or three-word name
        /// whose family or given name comes back alone as the subject of a verb of speech, or after a title.
        /// </summary>
        private void ProveByRepetition()
        {
            if (_unproven.Count == 0)
            {
                return;
            }

            // The last place each word stands alone as a speaker or after a title: one pass, then a lookup per candidate.
            var last = new Dictionary<string, (int Text, int Start)>(StringComparer.Ordinal);
            foreach (var r in _shortReferences.Where(r => r.Speaks || r.Titled))
            {
                last[r.Token.Key] = (r.TextIndex, r.Token.Start);
            }

            foreach (var (t, from, to, floor) in _unproven)
            {
                var tokens = words[t];
                var end = tokens[to - 1].End;
                var proven = false;
                foreach (var key in new[] { tokens[from].Key, tokens[to - 1].Key })
                {
                    proven |= last.TryGetValue(key, out var at) && (at.Text > t || (at.Text == t && at.Start > end));
                }

                if (proven)
                {
                    AddFull(t, texts[t], tokens, from, to, null, floor);
                }
            }
        }

        private void ResolveShortReferences()
        {
            foreach (var reference in _shortReferences)
            {
                var person = Resolve(reference);
                if (person is null)
                {
                    continue;
                }

                person.AddRole(reference.Role);
                if (person.FirstText > reference.TextIndex || (person.FirstText == reference.TextIndex && person.FirstStart > reference.Token.Start))
                {
                    person.FirstText = reference.TextIndex;
                    person.FirstStart = reference.Token.Start;
                }

                _spans.Add(new PersonSpan(reference.TextIndex, reference.Token.Start, reference.Token.End, reference.RoleStart, person.Id, person.ShortName));
            }
        }

        private Person? Resolve(ShortReference reference)
        {
            var key = reference.Token.Key;
            var candidates = _people.Values.Where(p => p.ShortKeys.Contains(key)).ToList();
            if (candidates.Count > 0)
            {
                // The nearest full name before the reference wins; otherwise the first one named.
                return candidates
                    .OrderByDescending(p => p.FirstText < reference.TextIndex || (p.FirstText == reference.TextIndex && p.FirstStart < reference.Token.Start))
                    .ThenByDescending(p => p.FirstText).ThenByDescending(p => p.FirstStart)
                    .First();
            }

            if (reference.Titled && registry.FindByShortName(key) is { } entry)
            {
                var id = "@" + entry.Id;
                if (!_people.TryGetValue(id, out var person))
                {
                    person = new Person(entry.Id, entry.Name, entry, reference.TextIndex, reference.Token.Start, _order++, Sentence(texts[reference.TextIndex], reference.Token.Start));
                    person.ShortKeys.UnionWith(PeopleRegistry.ShortNames(entry.Name));
                    _people[id] = person;
                }

                return person;
            }

            if (reference.Honorific)
            {
                var name = DisplayWord(reference.Token.Text);
                var personKey = PersonNameKey.For([name]);
                if (!_people.TryGetValue(personKey, out var person))
                {
                    person = new Person(Slug.From(name), name, null, reference.TextIndex, reference.Token.Start, _order++, Sentence(texts[reference.TextIndex], reference.Token.Start));
                    person.ShortKeys.Add(reference.Token.Key);
                    _people[personKey] = person;
                }

                return person;
            }

            return null;
        }

        /// <summary>The title and role words just before a name ("President of the House of Councillors of Japan"), or null.</summary>
        private static (string Role, int Start)? RoleBefore(string text, List<WordToken> tokens, int first, int floor)
        {
            var start = first;
            for (var k = first - 1; k >= 0 && first - k <= MaxRoleWords; k--)
            {
                var token = tokens[k];
                if (token.Start < floor)
                {
                    break;
                }

                var gap = text.AsSpan(token.End, tokens[k + 1].Start - token.End).Trim();
                // "Minister of Health, Labour and Welfare": a comma may join the words of one body's name.
                var listedBody = gap is "," && ((NameVocabulary.OrganisationWords.Contains(token.Key) && NameVocabulary.OrganisationWords.Contains(tokens[k + 1].Key))
                                                || ListedMinistry(tokens, k, first));
                if (!(gap.IsEmpty || listedBody || gap is "-" or "–" or "—" or "’s" or "'s"))
                {
                    break;
                }

                if (!token.IsCapitalised)
                {
                    // "Vietnam defence minister General Phan Van Giang": an office the paper writes in lower case.
                    var lowerOffice = NameVocabulary.RoleWords.Contains(token.Key) && token.Key is not ("member" or "official" or "head" or "leader")
                                      || (NameVocabulary.OfficeFields.Contains(token.Key) && k + 1 < first && NameVocabulary.RoleWords.Contains(tokens[k + 1].Key) && !tokens[k + 1].IsCapitalised);
                    if (lowerOffice)
                    {
                        start = k;
                        continue;
                    }

                    if (!NameVocabulary.RoleConnectors.Contains(token.Key))
                    {
                        break;
                    }

                    // "Prime Minister and President of …" joins titles; "Vuong Dinh Hue and President …" ends the role.
                    if (token.Key == "and" && (k == 0 || !(NameVocabulary.TitleWords.Contains(tokens[k - 1].Key) || NameVocabulary.OrganisationWords.Contains(tokens[k - 1].Key)
                                                                || TitleOfBefore(tokens, k))))
                    {
                        break;
                    }
                }

                start = k;
            }

            while (start < first && (NameVocabulary.RoleConnectors.Contains(tokens[start].Key)
                                     || (NameVocabulary.CommonWords.Contains(tokens[start].Key) && !NameVocabulary.TitleWords.Contains(tokens[start].Key)
                                         && !Countries.CountryNames.StartsWithMultiWordName(text.AsSpan(tokens[start].Start)))))
            {
                start++;
            }

            var last = first - 1;
            while (last >= start && NameVocabulary.RoleConnectors.Contains(tokens[last].Key))
            {
                last--;
            }

            if (last < start)
            {
                return null;
            }

            var hasTitle = false;
            for (var k = start; k <= last; k++)
            {
                hasTitle |= NameVocabulary.TitleWords.Contains(tokens[k].Key) || NameVocabulary.Honorifics.Contains(tokens[k].Key);
            }

            return hasTitle ? (text[tokens[start].Start..tokens[last].End], tokens[start].Start) : null;
        }

        /// <summary>
        /// "Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung": the comma after <paramref name="k"/> lists
        /// the fields of one ministry when capitalised words on both sides lead, through "and", to the name, and a
        /// title with "of" comes just before.
        /// </summary>
        private static bool ListedMinistry(List<WordToken> tokens, int k, int first)
        {
            if (!tokens[k].IsCapitalised || !tokens[k + 1].IsCapitalised)
            {
                return false;
            }

            var and = false;
            for (var m = k + 1; m < first; m++)
            {
                and |= tokens[m].Key == "and";
                if (!tokens[m].IsCapitalised && tokens[m].Key is not ("and" or "of"))
                {
                    return false;
                }
            }

            return and && TitleOfBefore(tokens, k + 1);
        }

        /// <summary>Capitalised words before <paramref name="k"/> go back to "of" after a title ("Secretary of Labor, Employment").</summary>
        private static bool TitleOfBefore(List<WordToken> tokens, int k)
        {
            for (var m = k - 1; m >= 0 && m >= k - 6; m--)
            {
                if (tokens[m].Key == "of")
                {
                    return m > 0 && NameVocabulary.TitleWords.Contains(tokens[m - 1].Key);
                }

                if (!tokens[m].IsCapitalised)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Roles set off by commas after a name ("Trương Thị Mai, Politburo member, Secretary of …, paid …").</summary>
        private static string[] RolesAfter(string text, int end)
        {
            if (end + 2 > text.Length || text[end] != ',' || text[end + 1] != ' ')
            {
                return [];
            }

            var roles = new List<string>();

            var stop = text.IndexOfAny(RoleListEnd, end);
            var rest = text[(end + 2)..(stop < 0 ? text.Length : stop)];
            foreach (var segment in rest.Split(',').Take(3))
            {
                var words = WordToken.Split(segment);
                if (words.Count is 0 or > 14
                    || words.Take(4).All(w => !w.Key.Split('-').Any(NameVocabulary.RoleWords.Contains))
                    || words.Any(w => NameVocabulary.SpeechVerbs.Contains(w.Key) || w.Key is "who" or "which" or "is" or "was" or "paid" or "has" or "had" or "will"))
                {
                    break;
                }

                roles.Add(segment.Trim());
            }

            return [.. roles];
        }

        private static string Sentence(string text, int at)
        {
            var start = at;
            while (start > 0 && !(text[start - 1] == ' ' && start >= 2 && text[start - 2] is '.' or '!' or '?'))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || text[end + 1] == ' ')))
            {
                end++;
            }

            var sentence = text[start..Math.Min(text.Length, end + 1)].Trim();
            return sentence.Length <= 400 ? sentence : sentence[..400].TrimEnd() + "…";
        }

        /// <summary>"KAMIKAWA" → "Kamikawa": the site shows names in ordinary case.</summary>
        private static string DisplayWord(string word) =>
            word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))
                ? word[0] + word[1..].ToLower(CultureInfo.InvariantCulture)
                : word;

        private sealed record ShortReference(int TextIndex, WordToken Token, bool Titled, bool Honorific, string? Role, int RoleStart)
        {
            public bool Speaks { get; init; }
        }

        private sealed class Person(string id, string name, PersonEntry? entry, int firstText, int firstStart, int order, string evidence)
        {
            private readonly List<string> _roles = [];
            private string? _shortName;

            public string Id { get; } = id;
            public string Name { get; } = name;
            public PersonEntry? Entry { get; } = entry;
            public int FirstText { get; set; } = firstText;
            public int FirstStart { get; set; } = firstStart;
            public int Order { get; } = order;
            public string Evidence { get; } = evidence;
            public HashSet<string> ShortKeys { get; } = new(StringComparer.Ordinal);
            public IReadOnlyList<string> Roles => _roles;

            public string ShortName => _shortName ??= MakeShortName();

            private string MakeShortName()
            {
                var words = WordToken.Split(Name).Select(w => w.Text).ToList();
                return words.Count switch
                {
                    0 => Name,
                    1 => words[0],
                    // The registry writes Japanese names family name first; news shortens them to it, and Vietnamese names to the given name.
                    2 when Entry?.Country == "Japan" => words[0],
                    _ => words[^1],
                };
            }

            public void AddRole(string? role)
            {
                // "Chairman" after "National Assembly Chairman" says nothing new.
                if (string.IsNullOrWhiteSpace(role) || _roles.Count >= 6 || _roles.Any(r => r.EndsWith(role, StringComparison.OrdinalIgnoreCase)))
                {
                    return;
                }

                _roles.Add(role);
            }
        }
    }
}
