using System.Security.Cryptography;
using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Text;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>Makes N synthetic seeds from a seed number: the same number always gives byte-identical files.</summary>
internal static class CorpusGenerator
{
    public const int DefaultSeed = 20230921;

    /// <param name="baseConfig">The real site's configuration: its topics and registry are what articles draw on.</param>
    public static SyntheticCorpus Generate(int count, SiteConfig baseConfig, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(baseConfig);
        var random = new Random(seed);
        var pool = PeoplePool.Build(count, baseConfig.People, random);
        var composer = new ArticleComposer(random, pool, baseConfig.Topics);
        var width = Math.Max(3, (count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<SyntheticArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var article = composer.Compose();
            articles.Add(article with
            {
                FileName = $"{i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}_{ContentHash(article.RawText)}.txt",
                Slug = UniqueSlug(article, slugs),
            });
        }

        return new SyntheticCorpus(baseConfig, pool, articles);
    }

    /// <summary>First 16 hex digits of the SHA-256 of the file's bytes.</summary>
    public static string ContentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string UniqueSlug(SyntheticArticle article, HashSet<string> taken)
    {
        var slug = $"{article.Date:yyyy-MM-dd}-{Slug.From(article.Title, 60)}";
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
