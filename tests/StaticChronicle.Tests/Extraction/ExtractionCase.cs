using System.Text;
using StaticChronicle.Content;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Tests.Extraction;

/// <summary>One fixture text through an extractor as a seed, and the facts of the article the tests compare.</summary>
internal static class ExtractionCase
{
    /// <summary>The outcome of <paramref name="text"/> as the seed <c>seeds/case.txt</c>.</summary>
    public static SeedOutcome Outcome(ArticleExtractor extractor, string text)
    {
        var read = SeedReader.Parse(Encoding.UTF8.GetBytes(text), "seeds/case.txt", "case.txt");
        Assert.True(read.Seed is not null, string.Join("\n", read.Diagnostics));
        return extractor.Extract(read.Seed);
    }

    /// <summary>The article of <paramref name="text"/>, dated <paramref name="date"/> in front matter (dates are another feature's business).</summary>
    public static Article Article(ArticleExtractor extractor, string text, string date)
    {
        var outcome = Outcome(extractor, $"---\ndate: {date}\n---\n{text}");
        Assert.True(outcome.Article is not null, string.Join("\n", outcome.Diagnostics));
        return outcome.Article;
    }

    /// <summary>The ids of those who took part, in order.</summary>
    public static string[] Participants(Article a) => [.. a.People.Where(p => p.Participant).Select(p => p.Id).Order(StringComparer.Ordinal)];

    /// <summary>Who met whom as "first+second".</summary>
    public static string[] Met(Article a) => [.. a.Met.Select(m => $"{m.First}+{m.Second}")];

    public static string? Role(Article a, string id) => a.People.Single(p => p.Id == id).Role;
}
