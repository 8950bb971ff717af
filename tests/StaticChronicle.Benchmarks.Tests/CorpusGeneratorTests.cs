using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StaticChronicle.Benchmarks.Corpus;
using StaticChronicle.Config;
using StaticChronicle.Testing;

namespace StaticChronicle.Benchmarks.Tests;

public sealed partial class CorpusGeneratorTests
{
    private static readonly Lazy<SiteConfig> RealConfig = new(() => SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
    private static readonly Lazy<SyntheticCorpus> Corpus = new(() => CorpusGenerator.Generate(2000, RealConfig.Value));

    [Fact]
    public void The_same_seed_number_gives_the_same_files()
    {
        var first = CorpusGenerator.Generate(300, RealConfig.Value, seed: 7);
        var second = CorpusGenerator.Generate(300, RealConfig.Value, seed: 7);

        Assert.Equal(first.Articles.Select(a => a.FileName), second.Articles.Select(a => a.FileName));
        Assert.Equal(first.Articles.Select(a => a.RawText), second.Articles.Select(a => a.RawText));
        Assert.Equal(SiteConfigWriter.Write(first, "templates"), SiteConfigWriter.Write(second, "templates"));
    }

    [Fact]
    public void Another_seed_number_gives_other_articles()
    {
        var other = CorpusGenerator.Generate(300, RealConfig.Value, seed: 8);

        Assert.NotEqual(Corpus.Value.Articles[0].RawText, other.Articles[0].RawText);
    }

    [Fact]
    public void Files_are_named_like_the_seeds_with_a_hash_of_their_content()
    {
        var articles = Corpus.Value.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articles[i].RawText)))[..16];
            Assert.Equal($"{i:D4}_{hash}.txt", articles[i].FileName);
        }

        Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt$", CorpusGenerator.Generate(20, RealConfig.Value).Articles[0].FileName);
    }

    [Theory]
    [InlineData(20, 12)]
    [InlineData(1000, 50)]
    [InlineData(10_000, 500)]
    public void The_pool_of_people_grows_with_the_corpus(int articles, int people)
    {
        Assert.Equal(people, PeoplePool.SizeFor(articles));
    }

    [Fact]
    public void The_generated_pool_has_the_expected_size_and_no_identity_twice()
    {
        var pool = Corpus.Value.People;

        Assert.Equal(100, pool.Count);
        Assert.Equal(pool.Count, pool.Select(p => p.Id).Distinct().Count());
        Assert.Contains(pool, p => p.Japanese);
        Assert.Contains(pool, p => !p.Japanese && p.Native != p.Name);
    }

    [Fact]
    public void Dates_spread_over_1973_to_2025_and_every_layout_occurs()
    {
        var articles = Corpus.Value.Articles;

        Assert.All(articles, a => Assert.InRange(a.Date, new DateOnly(1973, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.True(articles.Select(a => a.Date.Year).Distinct().Count() >= 50);
        Assert.Equal(Enum.GetValues<SeedLayout>().Order(), articles.Select(a => a.Layout).Distinct().Order());
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
    }

    [Fact]
    public void A_year_left_out_of_the_text_is_given_by_the_anniversary_it_mentions()
    {
        var inferred = Corpus.Value.Articles.Where(a => a.DateInferred).ToList();

        Assert.NotEmpty(inferred);
        Assert.All(inferred, a =>
        {
            Assert.DoesNotMatch(@"\b(19|20)\d\d\b", a.RawText);
            var hint = AnniversaryHint().Match(a.RawText);
            Assert.True(hint.Success, a.RawText[..200]);
            var since = hint.Groups["event"].Value.Contains("Reunification", StringComparison.Ordinal) ? 1975 : 1973;
            Assert.Equal(a.Date.Year, since + int.Parse(hint.Groups["n"].Value, CultureInfo.InvariantCulture));
            Assert.Contains(a.Date.ToString("MMMM d", CultureInfo.InvariantCulture), a.RawText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Stated_dates_are_written_as_the_real_seeds_write_them()
    {
        foreach (var a in Corpus.Value.Articles)
        {
            var firstLines = a.RawText.Split('\n');
            switch (a.Layout)
            {
                case SeedLayout.SubmitReleaseHeader:
                    Assert.Equal($" date {a.Date:yyyy-MM-dd} Submit Release", firstLines[0]);
                    Assert.EndsWith($"{a.Title}\n\n", a.RawText, StringComparison.Ordinal);
                    Assert.Contains(" — VNA/VNS", a.RawText, StringComparison.Ordinal);
                    break;
                case SeedLayout.RunOnHeader:
                    Assert.StartsWith($" date {a.Date:yyyy-MM-dd} ", a.RawText, StringComparison.Ordinal);
                    Assert.Single(firstLines);
                    break;
                case SeedLayout.NavigationDateline:
                    Assert.Matches($@"^{a.Date.ToString("MMMM dd, yyyy", CultureInfo.InvariantCulture)} / \d\d:\d\d$", firstLines[1]);
                    Assert.Contains("Source: VGP", a.RawText, StringComparison.Ordinal);
                    break;
                case SeedLayout.PhotoCaption:
                    Assert.EndsWith("Other news", a.RawText, StringComparison.Ordinal);
                    Assert.Matches(@"\n[a-z0-9-]+-\d{7}\.jpg\n.*\(Photo: VNA\)", a.RawText);
                    break;
                case SeedLayout.HeadlessLede:
                    Assert.True(a.TitleGenerated);
                    break;
            }
        }
    }

    [Fact]
    public void The_topics_an_article_has_are_exactly_those_whose_keywords_its_text_uses()
    {
        foreach (var a in Corpus.Value.Articles)
        {
            var text = a.Title + "\n" + string.Join("\n", a.Paragraphs);
            var found = RealConfig.Value.Topics
                .Where(t => t.Keywords.Any(k => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(k)}(?![\w-])", RegexOptions.IgnoreCase)))
                .Select(t => t.Id);
            Assert.Equal(a.Topics.Select(t => t.Id).Order(), found.Order());
        }
    }

    [Fact]
    public void The_places_and_people_of_the_truth_are_named_in_the_text()
    {
        foreach (var a in Corpus.Value.Articles)
        {
            // "a red Osaka tree" names a tree, as in the real seed 000, not a place the article happened in.
            var text = string.Join("\n", a.Paragraphs).Replace("red Osaka tree", "red tree", StringComparison.Ordinal);
            // The "VIETNAM, July 1 - TOKYO —" dateline names a place in capitals, outside the paragraphs.
            var dateline = a.Layout == SeedLayout.SubmitReleaseHeader ? a.RawText.Split('\n')[3] : "";
            var named = Vocabulary.Places.Where(p => text.Contains(p, StringComparison.Ordinal)
                || dateline.Contains($" {p.ToUpperInvariant()} —", StringComparison.Ordinal));
            Assert.Equal(a.Places.Order(), named.Order());
            Assert.All(a.People, p => Assert.True(
                a.RawText.Contains(p.FullName(true, false), StringComparison.Ordinal)
                || a.RawText.Contains(p.FullName(false, false), StringComparison.Ordinal)
                || a.RawText.Contains(p.FullName(false, true), StringComparison.Ordinal),
                $"{p.Name} not in {a.FileName}"));
        }
    }

    [Fact]
    public void The_fiftieth_anniversary_flag_follows_the_text()
    {
        Assert.All(Corpus.Value.Articles, a => Assert.Equal(
            a.MentionsFiftiethAnniversary,
            Regex.IsMatch(a.RawText, @"50th anniversary of the (Vietnam-Japan diplomatic ties|establishment of diplomatic relations)")));
        Assert.Contains(Corpus.Value.Articles, a => a.MentionsFiftiethAnniversary);
    }

    [Fact]
    public void The_written_site_configuration_loads_and_registers_half_of_the_generated_people()
    {
        var directory = Directory.CreateTempSubdirectory("corpus-config-");
        try
        {
            var corpus = CorpusGenerator.Generate(400, RealConfig.Value);
            var path = Path.Combine(directory.FullName, "site-config.yml");
            File.WriteAllText(path, SiteConfigWriter.Write(corpus, RepositoryPaths.Templates));

            var loaded = SiteConfigLoader.Load(path);

            Assert.Equal(RealConfig.Value.Topics, loaded.Topics, TopicComparer.Instance);
            Assert.Equal(RealConfig.Value.Milestones.Select(m => m.Date), loaded.Milestones.Select(m => m.Date));
            Assert.Equal(RepositoryPaths.Templates, loaded.TemplatesDirectory);
            var registered = corpus.People.Where(p => p.Registered).Select(p => p.Id);
            Assert.Subset(loaded.People.Select(p => p.Id).ToHashSet(), registered.ToHashSet());
            Assert.Contains(corpus.People, p => !p.Registered);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"the (?<n>\d+)(st|nd|rd|th) anniversary of the (?<event>Vietnam-Japan diplomatic ties|Liberation of the South and National Reunification)")]
    private static partial Regex AnniversaryHint();

    private sealed class TopicComparer : IEqualityComparer<TopicDefinition>
    {
        public static readonly TopicComparer Instance = new();

        public bool Equals(TopicDefinition? x, TopicDefinition? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Keywords.SequenceEqual(y.Keywords);

        public int GetHashCode(TopicDefinition obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
