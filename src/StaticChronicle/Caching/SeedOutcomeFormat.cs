using StaticChronicle.Content;
using StaticChronicle.Diagnostics;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;

namespace StaticChronicle.Caching;

/// <summary>
/// A <see cref="SeedOutcome"/> as bytes, field by field. A test checks that every property of the records
/// written here is known to it, so a new field cannot be silently dropped from the cache.
/// </summary>
public static class SeedOutcomeFormat
{
    public static void Write(BinaryWriter writer, SeedOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        writer.Write(outcome.SourcePath);
        writer.Write(outcome.DisplayPath);
        WriteDiagnostics(writer, outcome.Diagnostics);
        writer.Write(outcome.Article is not null);
        if (outcome.Article is { } article)
        {
            WriteArticle(writer, article);
        }

        writer.Write(outcome.Findings is not null);
        if (outcome.Findings is { } findings)
        {
            WriteFindings(writer, findings);
        }
    }

    public static SeedOutcome Read(CacheReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sourcePath = reader.ReadString();
        var displayPath = reader.ReadString();
        var diagnostics = ReadDiagnostics(reader);
        var article = reader.ReadBoolean() ? ReadArticle(reader) : null;
        var findings = reader.ReadBoolean() ? ReadFindings(reader) : null;
        return new SeedOutcome(sourcePath, displayPath, article, diagnostics) { Findings = findings };
    }

    /// <summary>What a seed refused for want of a date still gave, so a cached refusal reports as much as a fresh one.</summary>
    private static void WriteFindings(BinaryWriter writer, SeedFindings findings)
    {
        writer.Write(findings.Title);
        writer.Write(findings.TitleGenerated);
        WritePeople(writer, findings.People);
        WriteStrings(writer, findings.Places);
        WriteStrings(writer, findings.Topics);
        writer.Write(findings.DateCandidates.Count);
        foreach (var candidate in findings.DateCandidates)
        {
            writer.Write(candidate.Phrase);
            writer.Write(candidate.Line);
            writer.Write(candidate.Reason);
        }
    }

    private static SeedFindings ReadFindings(CacheReader reader)
    {
        var title = reader.ReadString();
        var titleGenerated = reader.ReadBoolean();
        var people = ReadPeople(reader);
        var places = ReadStrings(reader);
        var topics = ReadStrings(reader);
        var candidates = new StaticChronicle.Extraction.Dates.DateCandidate[reader.ReadCount()];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = new StaticChronicle.Extraction.Dates.DateCandidate(reader.ReadString(), reader.ReadInt32(), reader.ReadString());
        }

        return new SeedFindings(title, titleGenerated, people, places, topics, candidates);
    }

    private static void WritePeople(BinaryWriter writer, IReadOnlyList<PersonMention> people)
    {
        writer.Write(people.Count);
        foreach (var person in people)
        {
            writer.Write(person.Id);
            writer.Write(person.Name);
            writer.Write(person.Registered);
            WriteStrings(writer, person.Roles);
            writer.Write(person.Evidence);
            writer.Write(person.Participant);
            WriteOptional(writer, person.Role);
        }
    }

    private static PersonMention[] ReadPeople(CacheReader reader)
    {
        var people = new PersonMention[reader.ReadCount()];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = new PersonMention(reader.ReadString(), reader.ReadString(), reader.ReadBoolean(), ReadStrings(reader), reader.ReadString())
            {
                Participant = reader.ReadBoolean(),
                Role = ReadOptional(reader),
            };
        }

        return people;
    }

    public static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write((byte)d.Severity);
            writer.Write(d.Message);
        }
    }

    public static IReadOnlyList<Diagnostic> ReadDiagnostics(CacheReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadCount();
        var list = new Diagnostic[count];
        for (var i = 0; i < count; i++)
        {
            var file = reader.ReadString();
            var line = reader.ReadInt32();
            var column = reader.ReadInt32();
            var severity = reader.ReadByte() switch
            {
                0 => DiagnosticSeverity.Warning,
                1 => DiagnosticSeverity.Error,
                var other => throw new InvalidDataException($"unknown severity {other}"),
            };
            list[i] = new Diagnostic(file, line, column, severity, reader.ReadString());
        }

        return list;
    }

    private static void WriteArticle(BinaryWriter writer, Article article)
    {
        writer.Write(article.SourcePath);
        writer.Write(article.Slug);
        writer.Write(article.Title);
        writer.Write(article.TitleGenerated);
        writer.Write(article.Date.DayNumber);
        writer.Write((byte)article.DateKind);
        writer.Write(article.DateEvidence);
        WritePeople(writer, article.People);

        WriteStrings(writer, article.Places);
        WriteOptional(writer, article.EventPlace);
        WriteStrings(writer, article.Topics);
        writer.Write(article.TopicReasons.Count);
        foreach (var reason in article.TopicReasons)
        {
            writer.Write(reason.Topic);
            writer.Write(reason.Reason);
        }

        writer.Write(article.Met.Count);
        foreach (var pair in article.Met)
        {
            writer.Write(pair.First);
            writer.Write(pair.Second);
            writer.Write(pair.Evidence);
        }

        WriteOptional(writer, article.Source.Publisher);
        WriteOptional(writer, article.Source.Url);
        writer.Write(article.Source.Published?.DayNumber ?? -1);
        writer.Write(article.Summary);
        writer.Write(article.Body);
        writer.Write(article.MentionsFiftiethAnniversary);
        WriteOptional(writer, article.AnniversaryWords);
        writer.Write(article.Draft);
        WriteStrings(writer, article.Warnings);
        writer.Write(article.Aliases.Count);
        foreach (var alias in article.Aliases)
        {
            writer.Write(alias.Path);
            writer.Write(alias.Line);
            writer.Write(alias.Column);
        }
    }

    private static Article ReadArticle(CacheReader reader)
    {
        var sourcePath = reader.ReadString();
        var slug = reader.ReadString();
        var title = reader.ReadString();
        var titleGenerated = reader.ReadBoolean();
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        var dateKind = reader.ReadByte() switch
        {
            0 => DateKind.Stated,
            1 => DateKind.Inferred,
            2 => DateKind.FrontMatter,
            var other => throw new InvalidDataException($"unknown date kind {other}"),
        };
        var dateEvidence = reader.ReadString();
        var people = ReadPeople(reader);
        var places = ReadStrings(reader);
        var eventPlace = ReadOptional(reader);
        var topics = ReadStrings(reader);
        var reasons = new TopicReason[reader.ReadCount()];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = new TopicReason(reader.ReadString(), reader.ReadString());
        }

        var met = new MetPair[reader.ReadCount()];
        for (var i = 0; i < met.Length; i++)
        {
            met[i] = new MetPair(reader.ReadString(), reader.ReadString(), reader.ReadString());
        }

        var publisher = ReadOptional(reader);
        var url = ReadOptional(reader);
        var published = reader.ReadInt32();

        return new Article
        {
            SourcePath = sourcePath,
            Slug = slug,
            Title = title,
            TitleGenerated = titleGenerated,
            Date = date,
            DateKind = dateKind,
            DateEvidence = dateEvidence,
            People = people,
            Places = places,
            EventPlace = eventPlace,
            Topics = topics,
            TopicReasons = reasons,
            Met = met,
            Source = new ArticleSource(publisher, url, published < 0 ? null : DateOnly.FromDayNumber(published)),
            Summary = reader.ReadString(),
            Body = reader.ReadString(),
            MentionsFiftiethAnniversary = reader.ReadBoolean(),
            AnniversaryWords = ReadOptional(reader),
            Draft = reader.ReadBoolean(),
            Warnings = ReadStrings(reader),
            Aliases = ReadAliases(reader),
        };
    }

    private static PageAlias[] ReadAliases(CacheReader reader)
    {
        var aliases = new PageAlias[reader.ReadCount()];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = new PageAlias(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        }

        return aliases;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(CacheReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(CacheReader reader)
    {
        var values = new string[reader.ReadCount()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
