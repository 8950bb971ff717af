using System.Globalization;
using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Text;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>Writes one synthetic article in one of the seeds' layouts, keeping the truth it put in.</summary>
internal sealed class ArticleComposer
{
    private static readonly DateOnly FirstDay = new(1973, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);
    private static readonly int DiplomaticYear = 1973;
    private static readonly int ReunificationYear = 1975;

    private readonly Random _random;
    private readonly IReadOnlyList<PoolPerson> _vietnamese;
    private readonly IReadOnlyList<PoolPerson> _japanese;
    private readonly IReadOnlyList<PoolPerson> _everyone;
    private readonly IReadOnlyList<TopicDefinition> _topics;
    private readonly Dictionary<string, List<string>> _ownKeywords;

    public ArticleComposer(Random random, IReadOnlyList<PoolPerson> pool, IReadOnlyList<TopicDefinition> topics)
    {
        _random = random;
        _everyone = pool;
        _vietnamese = pool.Where(p => !p.Japanese).ToList();
        _japanese = pool.Where(p => p.Japanese).ToList();
        _topics = topics;
        // A keyword that holds another topic's ("technical intern training" holds "training") would give the article
        // a topic its truth does not list: only keywords that name their own topic alone are written.
        _ownKeywords = topics.ToDictionary(t => t.Id, t =>
        {
            var own = t.Keywords.Where(k => !topics.Any(o => o.Id != t.Id && o.Keywords.Any(ok => HoldsWord(k, ok)))).ToList();
            return own.Count > 0 ? own : [.. t.Keywords];
        }, StringComparer.Ordinal);
    }

    private static bool HoldsWord(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\w-])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public SyntheticArticle Compose()
    {
        var date = FirstDay.AddDays(_random.Next(LastDay.DayNumber - FirstDay.DayNumber + 1));
        var layout = (SeedLayout)_random.Next(Enum.GetValues<SeedLayout>().Length);
        if (layout is SeedLayout.HeadlessLede or SeedLayout.PhotoCaption && date.Year <= ReunificationYear)
        {
            // "The 0th anniversary" does not exist: before the reference events, the date must be stated.
            layout = layout == SeedLayout.HeadlessLede ? SeedLayout.SubmitReleaseHeader : SeedLayout.NavigationDateline;
        }

        var cast = Cast();
        var diacritics = layout == SeedLayout.SubmitReleaseHeader || _random.Next(100) < 30;
        var givenFirst = _random.Next(2) == 0;
        var topics = Sample(_topics, 1 + _random.Next(4));
        var places = Sample(Vocabulary.Places, 1 + _random.Next(2));
        var text = new ArticleText(cast, diacritics, givenFirst, _random);

        var specials = new List<string>();
        foreach (var topic in topics)
        {
            for (var i = 0; i < 1 + _random.Next(2); i++)
            {
                var own = _ownKeywords[topic.Id];
                var keyword = own[_random.Next(own.Count)];
                specials.Add(text.Fill(Pick(Vocabulary.TopicFrames)).Replace("{K}", keyword, StringComparison.Ordinal));
            }
        }

        if (cast.Count > 2)
        {
            specials.Add($"During the visit, {text.Full(1)} also met "
                + string.Join(" and ", Enumerable.Range(2, cast.Count - 2).Select(text.FirstMention)) + ".");
        }

        if (places.Count > 1)
        {
            specials.Add($"The delegation also visited {places[1]}, where the guests met business leaders and local officials.");
        }

        var inferred = layout is SeedLayout.HeadlessLede or SeedLayout.PhotoCaption;
        var fiftieth = false;
        if (inferred)
        {
            var reunification = layout == SeedLayout.PhotoCaption && _random.Next(2) == 0;
            var ordinal = Ordinal(date.Year - (reunification ? ReunificationYear : DiplomaticYear));
            specials.Add(reunification
                ? $"Welcoming the visit as Vietnam is commemorating the {ordinal} anniversary of the Liberation of the South and National Reunification, {text.Short(0)} affirmed that the visit will open a new chapter between the two nations."
                : $"On the occasion of the {ordinal} anniversary of the Vietnam-Japan diplomatic ties, {text.Short(1)} presented the hosts with a red Osaka tree, and the two leaders joined a tree-planting ceremony.");
            fiftieth = !reunification && date.Year - DiplomaticYear == 50;
        }
        else if (date.Year is >= 2022 and <= 2024 && _random.Next(2) == 0)
        {
            specials.Add("They said that they would organise delegations to visit each other, especially when the two countries celebrate the 50th anniversary of the establishment of diplomatic relations in 2023.");
            fiftieth = true;
        }

        var body = BodySentences(text, specials);
        var day = date.ToString("MMMM d", CultureInfo.InvariantCulture);
        var vietnam = diacritics ? "Việt Nam" : "Vietnam";
        var titleKeywords = _ownKeywords[topics[0].Id];
        var keywordForTitle = titleKeywords[_random.Next(titleKeywords.Count)];

        return layout switch
        {
            SeedLayout.HeadlessLede => HeadlessLede(),
            SeedLayout.SubmitReleaseHeader => SubmitReleaseHeader(),
            SeedLayout.NavigationDateline => NavigationDateline(),
            SeedLayout.PhotoCaption => PhotoCaption(),
            _ => RunOnHeader(),
        };

        SyntheticArticle Make(string raw, string title, bool generated, List<string> paragraphs, string summary) =>
            new(layout, raw, title, generated, date, inferred, cast, places, topics, paragraphs, summary, fiftieth);

        SyntheticArticle HeadlessLede()
        {
            var lede = $"{text.FirstMention(0)} and {text.FirstMention(1)} held talks in {places[0]} on {day}, following a welcome ceremony for the Japanese guest the same day.";
            var second = $"{text.Short(1)} is on a visit to {vietnam} at the invitation of {text.Short(0)}.";
            var paragraphs = new List<string> { lede, second };
            paragraphs.AddRange(Paragraphs(body));
            return Make(string.Join("\n\n", paragraphs), GeneratedTitle(lede), true, paragraphs, lede);
        }

        SyntheticArticle SubmitReleaseHeader()
        {
            var title = $"{vietnam} and Japan step up cooperation in {keywordForTitle}";
            var lede = $"{text.FirstMention(0)} and {text.FirstMention(1)} held talks on {day}, agreeing to deepen the bilateral ties.";
            var paragraphs = new List<string> { lede };
            paragraphs.AddRange(Paragraphs(body));
            var raw = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $" date {date:yyyy-MM-dd} Submit Release\n{title}\n\n")
                .Append(CultureInfo.InvariantCulture, $"VIETNAM, {day} - {places[0].ToUpperInvariant()} — {lede}\n\n")
                .Append(string.Join("\n\n", paragraphs.Skip(1)))
                .Append(CultureInfo.InvariantCulture, $" — VNA/VNS\n\n{title}\n\n");
            return Make(raw.ToString(), title, false, paragraphs, lede);
        }

        SyntheticArticle NavigationDateline()
        {
            var title = $"{vietnam}, Japan reach new progress in {keywordForTitle}";
            var standfirst = Pick(Vocabulary.Standfirsts);
            var lede = $"{text.FirstMention(0)} and {text.FirstMention(1)} met in {places[0]} on {day}, reaching an agreement on steps to further the partnership.";
            var paragraphs = new List<string> { standfirst, lede };
            var raw = new StringBuilder()
                .Append(string.Join(' ', Sample(Vocabulary.NavigationItems, 4 + _random.Next(4))))
                .Append(CultureInfo.InvariantCulture, $"\n{date:MMMM dd, yyyy} / {_random.Next(7, 22):D2}:{_random.Next(60):D2}\n\n")
                .Append(CultureInfo.InvariantCulture, $"{title}\n\n{standfirst}\n\n{lede}\n\n")
                .Append(CultureInfo.InvariantCulture, $" {text.Titled(0)} and {text.Titled(1)}. Source: VGP\n\n");
            var index = 0;
            foreach (var paragraph in Paragraphs(body))
            {
                if (index > 0 && index % 4 == 0)
                {
                    var heading = Pick(Vocabulary.Subheadings);
                    raw.Append(heading).Append("\n\n");
                    paragraphs.Add(heading);
                }

                if (index == 2)
                {
                    raw.Append(" The two leaders witness the signing of cooperation documents.\n\n");
                }

                raw.Append(paragraph).Append("\n\n");
                paragraphs.Add(paragraph);
                index++;
            }

            return Make(raw.ToString().TrimEnd(), title, false, paragraphs, standfirst);
        }

        SyntheticArticle PhotoCaption()
        {
            var title = $"{text.Titled(0, shortForm: true)} receives Japanese guest in {places[0]}";
            var standfirst = Pick(Vocabulary.Standfirsts);
            var lede = $"{text.FirstMention(0)} gave a reception in {places[0]} on {day} for visiting {text.FirstMention(1)}.";
            var paragraphs = new List<string> { standfirst, lede };
            paragraphs.AddRange(Paragraphs(body));
            var raw = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{title}\n\n{standfirst}\n\n{standfirst}\n\n")
                .Append(PhotoFileName(cast)).Append('\n')
                .Append(CultureInfo.InvariantCulture, $"{text.Titled(0)} (second, right) welcomes {text.Titled(1)} in {places[0]} on {day} (Photo: VNA)\n\n")
                .Append(string.Join("\n\n", paragraphs.Skip(1)))
                .Append("\n\nOther news");
            return Make(raw.ToString(), title, false, paragraphs, standfirst);
        }

        SyntheticArticle RunOnHeader()
        {
            var lede = $"{text.FirstMention(0)} and {text.FirstMention(1)} had an in-depth discussion in {places[0]}, during which they agreed on specific measures to strengthen cooperation.";
            var sentences = new List<string> { lede };
            sentences.AddRange(body);
            var raw = $" date {date:yyyy-MM-dd} " + string.Concat(sentences);
            var paragraphs = new List<string> { lede };
            paragraphs.AddRange(Paragraphs(body));
            return Make(raw, GeneratedTitle(lede), true, paragraphs, lede);
        }
    }

    /// <summary>"1st", "2nd", "3rd", "11th", "21st", "50th".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A title for a seed without a headline: the lede's opening words, as extraction would make it.</summary>
    public static string GeneratedTitle(string lede)
    {
        var words = lede.Split(' ');
        var title = string.Join(' ', words.Take(10)).TrimEnd(',', '.', ';', ':');
        return title;
    }

    /// <summary>The Vietnamese host, the Japanese guest and zero to three more people, all with distinct short names.</summary>
    private List<PoolPerson> Cast()
    {
        var cast = new List<PoolPerson> { Skewed(_vietnamese) };
        var shortNames = new HashSet<string>(StringComparer.Ordinal) { ShortKey(cast[0]) };
        AddDistinct(_japanese);
        var extras = _random.Next(4);
        for (var attempt = 0; attempt < 20 && cast.Count < 2 + extras; attempt++)
        {
            AddDistinct(_everyone);
        }

        return cast;

        void AddDistinct(IReadOnlyList<PoolPerson> from)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var person = Skewed(from);
                if (shortNames.Add(ShortKey(person)))
                {
                    cast.Add(person);
                    return;
                }
            }
        }
    }

    private static string ShortKey(PoolPerson person) => AsciiFolding.Fold(person.ShortName(false)).ToUpperInvariant();

    /// <summary>A few people appear in many articles, most in a few, as in the news.</summary>
    private PoolPerson Skewed(IReadOnlyList<PoolPerson> from) =>
        from[(int)(from.Count * Math.Pow(_random.NextDouble(), 2))];

    private List<string> BodySentences(ArticleText text, List<string> specials)
    {
        var sentences = Sample(Vocabulary.NeutralFrames, 10 + _random.Next(12)).Select(text.Fill).ToList();

        foreach (var special in specials)
        {
            sentences.Insert(_random.Next(sentences.Count + 1), special);
        }

        return sentences;
    }

    private List<string> Paragraphs(List<string> sentences)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < sentences.Count;)
        {
            var take = Math.Min(1 + _random.Next(3), sentences.Count - i);
            paragraphs.Add(string.Join(' ', sentences.Skip(i).Take(take)));
            i += take;
        }

        return paragraphs;
    }

    private string PhotoFileName(List<PoolPerson> cast)
    {
        var words = new[]
        {
            "vna-potal", Pick(Vocabulary.PhotoWords), cast[0].Id, Pick(Vocabulary.PhotoWords), "nhat-ban", cast[1].Id,
            _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
        };
        return string.Join('-', words) + ".jpg";
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>(count);
        for (var i = 0; i < count && indexes.Count > 0; i++)
        {
            var at = _random.Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }

        return picked;
    }
}
