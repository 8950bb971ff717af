using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Sentences;

namespace StaticChronicle.Extraction.Roles;

/// <summary>
/// "Defence Minister Phan Van Giang held talks with his Indian counterpart Rajnath Singh": a counterpart holds the
/// same office on the other side, so a person the text names only as someone's counterpart gets that person's role.
/// </summary>
public static class CounterpartRoles
{
    /// <summary>Fills, in <paramref name="roleOf"/>, the roles of people with none whom a sentence calls a counterpart of someone with one.</summary>
    public static void Fill(IReadOnlyList<string> texts, IReadOnlyList<PersonSpan> spans, IReadOnlyList<ArticleSentence> sentences, Dictionary<string, string?> roleOf)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(roleOf);
        var index = new SentenceIndex(sentences);
        foreach (var span in spans)
        {
            if (roleOf.GetValueOrDefault(span.PersonId) is not null)
            {
                continue;
            }

            var text = texts[span.TextIndex];
            var from = Math.Max(0, span.Start - 40);
            var before = text[from..span.Start];
            var at = before.LastIndexOf("counterpart", StringComparison.OrdinalIgnoreCase);
            // Only nationality words, a comma or nothing between "counterpart" and the name.
            if (at < 0 || before[(at + "counterpart".Length)..].Trim(' ', ',').Length > 0)
            {
                continue;
            }

            var sentence = index.At(span.TextIndex, span.Start);
            if (sentence is null)
            {
                continue;
            }

            var other = spans
                .Where(s => s.TextIndex == span.TextIndex && s.End <= from + at && s.Start >= sentence.Start && s.PersonId != span.PersonId)
                .Select(s => roleOf.GetValueOrDefault(s.PersonId))
                .LastOrDefault(r => r is not null);
            if (other is not null)
            {
                roleOf[span.PersonId] = other;
            }
        }
    }
}
