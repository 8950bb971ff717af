using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Content;
using StaticChronicle.Extraction.Body;

namespace StaticChronicle.Extraction.Dates;

/// <summary>
/// Fixes an article's date: a header or dateline first, then a full date the text gives for the event
/// ("on May 3, 2023"), then a day and month whose year is reasoned from anniversaries and other years.
/// </summary>
public sealed partial class DateInference(AnniversaryFinder anniversaries, IReadOnlySet<DateOnly> referenceDates)
{
    [GeneratedRegex(@"(?<![\d,.$€£¥-])(?<year>(?:19|20)\d{2})(?![\d-]|\s*[-–]\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // Years that look ahead ("by 2030", "Vision to 2045") or back ("since 1973") say nothing about when the article was written.
    [GeneratedRegex(@"(?:\b(?:by|until|till|to|towards?|before|since|vision|strategy|through|after|from)|[-–])\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearNotCurrentBefore();

    [GeneratedRegex(@"\b(?:on|dated)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EventDateBefore();

    [GeneratedRegex(@"^(?:\s*(?:[,.;:)]|$)|\s+(?:at|in|and|when|during|with|to|as|while|after|before|following|for|the|that|he|she|they|it)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex EventDateAfter();

    [GeneratedRegex(@"^\s*(?:date|posted|published|updated|last updated)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWord();

    /// <summary>The date, or null when none can be fixed.</summary>
    public DateResult? Infer(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Infer(article, anniversaries.Find(article.AllText));
    }

    /// <summary>As <see cref="Infer(ArticleText)"/>, with the anniversaries of <see cref="ArticleText.AllText"/> already found (the extractor needs them too).</summary>
    public DateResult? Infer(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(anniversaryMentions);
        return FromMetaLines(article) ?? FromEventDate(article) ?? FromDayAndMonth(article, anniversaryMentions);
    }

    private static DateResult? FromMetaLines(ArticleText article)
    {
        foreach (var line in article.MetaLines)
        {
            var first = DatePatterns.FullDates(line.Text).Select(d => d.ToDate()).FirstOrDefault(d => d is not null);
            if (first is { } date)
            {
                var what = HeaderWord().IsMatch(line.Text) ? "header" : "dateline";
                return new DateResult(date, DateKind.Stated, $"{what} '{line.Text}'");
            }
        }

        return null;
    }

    private DateResult? FromEventDate(ArticleText article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var text = paragraph.Text;
            foreach (var mention in DatePatterns.FullDates(text))
            {
                if (mention.ToDate() is not { } date || referenceDates.Contains(date))
                {
                    continue;
                }

                var before = text[..mention.Index];
                var leadingDateline = mention.Index < 40 && IsDatelinePrefix(text, mention);
                if (leadingDateline || (EventDateBefore().IsMatch(before) && EventDateAfter().IsMatch(text[mention.End..])))
                {
                    var what = leadingDateline ? "dateline" : "text";
                    return new DateResult(date, DateKind.Stated, $"{what} '{Phrase(text, mention.Index, mention.End)}'");
                }
            }
        }

        return null;
    }

    /// <summary>"HANOI, Sept. 5, 2023 (VNA) –": the date sits before the dash that opens the lede.</summary>
    private static bool IsDatelinePrefix(string text, DateMention mention)
    {
        var rest = text[mention.End..Math.Min(text.Length, mention.End + 20)];
        return rest.Contains('–', StringComparison.Ordinal) || rest.Contains('—', StringComparison.Ordinal) || rest.Contains(" - ", StringComparison.Ordinal);
    }

    private static DateResult? FromDayAndMonth(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions)
    {
        var dayMonth = PickDayMonth(article);
        if (dayMonth is null)
        {
            return null;
        }

        var (mention, source) = dayMonth.Value;
        var phrase = Phrase(source, mention.Index, mention.End);
        var allText = article.AllText;
        var fromAnniversaries = anniversaryMentions.Where(a => a.Year is not null).ToList();
        var years = StatedYears(allText);
        int year;
        string reason;
        if (fromAnniversaries.Count > 0)
        {
            year = fromAnniversaries.GroupBy(a => a.Year!.Value).OrderByDescending(g => g.Count()).First().Key;
            var used = fromAnniversaries.First(a => a.Year == year);
            reason = $"'{used.Text}' ({used.Event!.Name}, {used.Event.Date.Year}) gives {year}";
            var agreeing = years.Where(y => y.Year == year).Select(y => $"'{y.Phrase}'").Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (agreeing.Count > 0)
            {
                reason += $"; {string.Join(" and ", agreeing)} agree{(agreeing.Count == 1 ? "s" : "")}";
            }
        }
        else if (years.Count > 0)
        {
            var group = years.GroupBy(y => y.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).First();
            year = group.Key;
            reason = $"the year stated in {string.Join(" and ", group.Select(y => $"'{y.Phrase}'").Distinct(StringComparer.Ordinal).Take(2))} gives {year}";
        }
        else
        {
            return null;
        }

        if (mention.Day > DateTime.DaysInMonth(year, mention.Month))
        {
            return null;
        }

        return new DateResult(new DateOnly(year, mention.Month, mention.Day), DateKind.Inferred, $"'{phrase}' has no year; {reason}");
    }

    private static (DateMention Mention, string Source)? PickDayMonth(ArticleText article)
    {
        (DateMention, string)? firstAny = null;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var mention in DatePatterns.DayMonthDates(paragraph.Text))
            {
                var before = paragraph.Text[..mention.Index];
                if (EventDateBefore().IsMatch(before))
                {
                    return (mention, paragraph.Text);
                }

                firstAny ??= (mention, paragraph.Text);
            }
        }

        return firstAny;
    }

    private static List<(int Year, int Index, string Phrase)> StatedYears(string text)
    {
        var fullDates = DatePatterns.FullDates(text);
        var years = new List<(int, int, string)>();
        foreach (Match m in Year().Matches(text))
        {
            if (fullDates.Any(d => m.Index >= d.Index && m.Index < d.End))
            {
                continue;
            }

            if (YearNotCurrentBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)).ToString()))
            {
                continue;
            }

            // "the 1982 Convention": a year naming a thing, not the time of the article.
            var after = text.AsSpan(m.Index + m.Length);
            var afterTrim = after.TrimStart(' ');
            if (afterTrim.Length > 0 && char.IsUpper(afterTrim[0]) && afterTrim.Length != after.Length)
            {
                continue;
            }

            var year = int.Parse(m.ValueSpan, CultureInfo.InvariantCulture);
            years.Add((year, m.Index, Phrase(text, m.Index, m.Index + m.Length)));
        }

        return years;
    }

    /// <summary>The matched words with up to four words before them, within the sentence, as evidence.</summary>
    private static string Phrase(string text, int start, int end)
    {
        var from = start;
        var words = 0;
        while (from > 0)
        {
            var c = text[from - 1];
            if (c is '.' or '!' or '?' or ';' or '\n' or '(' || (c == ',' && words > 0))
            {
                break;
            }

            if (c == ' ' && from - 1 > 0 && text[from - 2] != ' ')
            {
                words++;
                if (words > 4)
                {
                    break;
                }
            }

            from--;
        }

        return text[from..end].Trim().TrimStart(',', ' ');
    }
}
