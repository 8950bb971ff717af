using StaticChronicle.Content;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>The articles extraction should produce from a corpus, built from the generator's truth, so later stages can be measured alone.</summary>
internal static class TruthArticles
{
    public static IReadOnlyList<Article> From(SyntheticCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Articles.Select(a => new Article
        {
            SourcePath = "seeds/" + a.FileName,
            Slug = a.Slug,
            Title = a.Title,
            TitleGenerated = a.TitleGenerated,
            Date = a.Date,
            DateKind = a.DateInferred ? DateKind.Inferred : DateKind.Stated,
            DateEvidence = a.DateInferred ? "the anniversary the text mentions" : "the date the text states",
            People = a.People.Select(p => new PersonMention(p.Id, p.Name, p.Registered, [p.Title], a.Summary)).ToList(),
            Places = a.Places,
            Topics = a.Topics.Select(t => t.Id).ToList(),
            Summary = a.Summary,
            Body = string.Join("\n\n", a.Paragraphs),
            MentionsFiftiethAnniversary = a.MentionsFiftiethAnniversary,
        }).ToList();
    }
}
