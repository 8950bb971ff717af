using System.Text.Json;
using StaticChronicle.Caching;
using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Tests.Site;

namespace StaticChronicle.Tests.Caching;

public class SeedOutcomeFormatTests
{
    private static SeedOutcome RoundTrip(SeedOutcome outcome)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SeedOutcomeFormat.Write(writer, outcome);
        }

        var reader = new CacheReader(stream.ToArray());
        var read = SeedOutcomeFormat.Read(reader);
        Assert.Equal(reader.Length, reader.Position);
        return read;
    }

    [Fact]
    public void An_outcome_with_every_field_set_reads_back_equal()
    {
        var article = SampleSite.Articles[1] with
        {
            TitleGenerated = true,
            DateKind = DateKind.Inferred,
            MentionsFiftiethAnniversary = true,
            AnniversaryWords = "50th anniversary of diplomatic ties … next year",
            Draft = true,
            Warnings = ["title was generated", "date inferred"],
            Aliases = [new StaticChronicle.Seeds.PageAlias("articles/2023-09-05-old-title/", 4, 5)],
            EventPlace = "Hanoi",
            TopicReasons = [new TopicReason("oda", "score 1.00 from 2 sentences: oda")],
            Met = [MetPair.Of("b-person", "a-person", "They met.")],
            Source = new ArticleSource("VNA", "https://example.org/a", new DateOnly(2023, 9, 5)),
            People = [.. SampleSite.Articles[1].People.Select((p, i) => p with { Participant = i == 0, Role = i == 0 ? "Prime Minister" : null })],
        };
        var outcome = new SeedOutcome("seeds/x.txt", "seeds/x.txt", article,
            [Diagnostic.Warning("seeds/x.txt", 3, 4, "check the date"), Diagnostic.Error("seeds/x.txt", 0, 0, "no date")]);

        var read = RoundTrip(outcome);

        Assert.Equal(JsonSerializer.Serialize(outcome), JsonSerializer.Serialize(read));
        Assert.Contains("\"Draft\":true", JsonSerializer.Serialize(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_outcome_keeps_its_findings()
    {
        var outcome = new SeedOutcome("seeds/z.txt", "seeds/z.txt", null, [Diagnostic.Error("seeds/z.txt", 1, 1, "no date could be found")])
        {
            Findings = new SeedFindings("Firm opens centre", false, [new PersonMention("tanaka-ryo", "Tanaka Ryo", false, ["Managing Director"], "Tanaka Ryo said.")],
                ["Da Nang"], ["semiconductors"], [new StaticChronicle.Extraction.Dates.DateCandidate("on Friday", 3, "a weekday with no date")]),
        };
        Assert.Equal(JsonSerializer.Serialize(outcome), JsonSerializer.Serialize(RoundTrip(outcome)));
    }

    [Fact]
    public void An_outcome_without_an_article_reads_back_equal()
    {
        var outcome = new SeedOutcome("seeds/y.txt", "seeds/y.txt", null, [Diagnostic.Error("seeds/y.txt", 1, 1, "not UTF-8")]);
        Assert.Equal(JsonSerializer.Serialize(outcome), JsonSerializer.Serialize(RoundTrip(outcome)));
    }

    /// <summary>A field added to these records must be added to the cache format too, or the cache would silently drop it.</summary>
    [Theory]
    [InlineData(typeof(Article), "Aliases,AnniversaryWords,Body,Date,DateEvidence,DateKind,Draft,EventPlace,MentionsFiftiethAnniversary,Met,People,Places,Slug,Source,SourcePath,Summary,Title,TitleGenerated,TopicReasons,Topics,Warnings")]
    [InlineData(typeof(PersonMention), "Evidence,Id,Name,Participant,Registered,Role,Roles")]
    [InlineData(typeof(StaticChronicle.Seeds.PageAlias), "Column,Line,OutputPath,Path")]
    [InlineData(typeof(MetPair), "Evidence,First,Second")]
    [InlineData(typeof(TopicReason), "Reason,Topic")]
    [InlineData(typeof(ArticleSource), "Published,Publisher,Unknown,Url")]
    [InlineData(typeof(Diagnostic), "Column,File,IsError,Line,Message,Severity")]
    [InlineData(typeof(SeedOutcome), "Article,Diagnostics,DisplayPath,Findings,HasErrors,SourcePath")]
    [InlineData(typeof(SeedFindings), "DateCandidates,People,Places,Title,TitleGenerated,Topics")]
    [InlineData(typeof(StaticChronicle.Extraction.Dates.DateCandidate), "Line,Phrase,Reason")]
    public void The_format_knows_every_property_of_what_it_stores(Type type, string properties)
    {
        var actual = type.GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal);
        Assert.Equal(properties.Split(','), actual);
    }
}
