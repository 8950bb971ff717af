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

    [GeneratedRegex(@"\b(?:will|shall|is to|are to|is set to|are set to|scheduled|expected to|plans? to|due to|next)\b[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureBefore();

    [GeneratedRegex(@"^\s*(?:date|posted|published|updated|last updated)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWord();

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The date, or null when none can be fixed.</summary>
    public DateResult? Infer(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Infer(article, anniversaries.Find(article.AllText));
    }

    /// <summary>As <see cref="Infer(ArticleText)"/>, with the anniversaries of <see cref="ArticleText.AllText"/> already found (the extractor needs them too).</summary>
    public DateResult? Infer(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions) =>
        Decide(article, anniversaryMentions, []).Result;

    /// <summary>
    /// The whole reasoning: a header or dateline (the one beside the headline when the page shows several), moved to
    /// the event's day when the lede puts the event on an earlier day or weekday; else a full date in the text; else a
    /// day and month whose year comes from a year-month header, an anniversary (with "last/this/next year"), the
    /// offices people are named with (<paramref name="tenures"/>), or the years stated. Disagreeing evidence is a warning.
    /// </summary>
    public DateDecision Decide(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions, IReadOnlyList<TenureConstraint> tenures)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(anniversaryMentions);
        ArgumentNullException.ThrowIfNull(tenures);
        var warnings = new List<string>();
        var candidates = new List<DateCandidate>();
        var result = FromMetaLines(article, warnings);
        if (result is not null)
        {
            result = TowardsEventDay(article, result, warnings);
        }

        result ??= FromEventDate(article);
        if (result is not null && result.Kind == DateKind.Stated)
        {
            CheckTenures(result.Date, tenures, warnings);
        }

        result ??= FromDayAndMonth(article, anniversaryMentions, tenures, warnings, candidates);
        if (result is null)
        {
            Describe(article, anniversaryMentions, tenures, candidates);
        }

        return new DateDecision(result, warnings, candidates);
    }

    private static DateResult? FromMetaLines(ArticleText article, List<string> warnings)
    {
        var dated = new List<(TextLine Line, DateOnly Date)>();
        foreach (var line in article.MetaLines)
        {
            var first = DatePatterns.FullDates(line.Text).Select(d => d.ToDate()).FirstOrDefault(d => d is not null);
            if (first is { } date)
            {
                dated.Add((line, date));
            }
        }

        if (dated.Count == 0)
        {
            return null;
        }

        // A page may show the site's own clock ("Monday, 15 January 2024 08:00 GMT") above the article's timestamp:
        // the date line nearest the headline (or the lede, when there is no headline) is the article's.
        var anchor = article.Title?.Line ?? article.Lede?.Line ?? 0;
        var chosen = dated.OrderBy(d => Math.Abs(d.Line.Line - anchor)).ThenBy(d => d.Line.Line).First();
        foreach (var other in dated.Where(d => d.Date != chosen.Date).Select(d => d.Line).Distinct())
        {
            warnings.Add($"the page shows two dates: '{chosen.Line.Text.Trim()}' (line {chosen.Line.Line}), beside the headline, is used; '{other.Text.Trim()}' (line {other.Line}) looks like the site's clock or another article's date and is ignored. If that is wrong, add `date: YYYY-MM-DD` to the front matter.");
        }

        var what = HeaderWord().IsMatch(chosen.Line.Text) ? "header" : "dateline";
        return new DateResult(chosen.Date, DateKind.Stated, $"{what} '{chosen.Line.Text}'");
    }

    /// <summary>
    /// A header or dateline is when the page was published; the lede may put the event on an earlier day: "on March 3"
    /// (in the header's year) or "on Wednesday" (the last Wednesday on or before it). Then the event's day is the date.
    /// </summary>
    private static DateResult TowardsEventDay(ArticleText article, DateResult published, List<string> warnings)
    {
        var lede = article.Lede;
        if (lede is null)
        {
            return published;
        }

        var text = lede.Text;
        foreach (var mention in DatePatterns.DayMonthDates(text))
        {
            if (!EventDateBefore().IsMatch(text[..mention.Index]) && !(mention.Index < 40 && IsDatelinePrefix(text, mention)))
            {
                continue;
            }

            var year = mention.Month > published.Date.Month + 1 ? published.Date.Year - 1 : published.Date.Year;
            if (mention.Day > DateTime.DaysInMonth(year, mention.Month))
            {
                continue;
            }

            var day = new DateOnly(year, mention.Month, mention.Day);
            var phrase = mention.Index >= 3 && text.AsSpan(mention.Index - 3, 3).SequenceEqual("on ") ? text[(mention.Index - 3)..mention.End] : Phrase(text, mention.Index, mention.End);
            var days = published.Date.DayNumber - day.DayNumber;
            if (days == 0)
            {
                return published;
            }

            if (days is > 0 and <= 60)
            {
                return new DateResult(day, DateKind.Inferred,
                    $"The text says '{phrase}'; the {Source(published)} {published.Evidence[(published.Evidence.IndexOf('\'', StringComparison.Ordinal))..]} gives the year and is taken as the day it was published, so the event was on {Words(day)}.");
            }

            if (days < 0)
            {
                // "will visit Tokyo on March 10": a plan, after the page was published; it says nothing against the header.
                continue;
            }

            warnings.Add($"the {Source(published)} says {published.Date:yyyy-MM-dd} but the text says '{phrase}', which does not fit it; the {Source(published)}'s date is kept. Check it and, if it is wrong, add `date: YYYY-MM-DD` to the front matter.");
            return published;
        }

        var second = article.Paragraphs.Where(p => !p.IsHeading).Skip(1).FirstOrDefault();
        var weekdays = DatePatterns.Weekdays(text).Select(w => (Weekday: w, Text: text))
            .Concat(second is null ? [] : DatePatterns.Weekdays(second.Text).Select(w => (Weekday: w, Text: second.Text)));
        foreach (var (weekday, source) in weekdays)
        {
            if (FutureBefore().IsMatch(source.AsSpan(Math.Max(0, weekday.Index - 80), Math.Min(80, weekday.Index))))
            {
                // "will leave for Tokyo on Monday": a plan, not the day of the event reported.
                continue;
            }

            var back = ((int)published.Date.DayOfWeek - (int)weekday.Day + 7) % 7;
            if (back == 0)
            {
                return published;
            }

            var day = published.Date.AddDays(-back);
            var phrase = Phrase(source, weekday.Index, weekday.End);
            return new DateResult(day, DateKind.Inferred,
                $"The text says '{phrase}'; the {Source(published)} {published.Evidence[(published.Evidence.IndexOf('\'', StringComparison.Ordinal))..]} is a {published.Date.DayOfWeek}, so the event was on {day.DayOfWeek}, {Words(day)}.");
        }

        return published;
    }

    private static string Source(DateResult result) => result.Evidence.StartsWith("header", StringComparison.Ordinal) ? "header" : "dateline";

    private static string Words(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}");

    /// <summary>A stated date outside every tenure of an office someone is named with is worth a look, never a silent pass.</summary>
    private static void CheckTenures(DateOnly date, IReadOnlyList<TenureConstraint> tenures, List<string> warnings)
    {
        foreach (var constraint in tenures.Where(c => !c.Allows(date)))
        {
            warnings.Add($"the date {date:yyyy-MM-dd} is outside the registry's tenure for '{constraint.Words}' ({constraint.Describe()}). Check the date, the role or the registry.");
        }
    }

    private DateResult? FromEventDate(ArticleText article)
    {
        // A dateline opening a paragraph ("TOKYO, Nov 24, 2021, Kyodo News.") is the story's own; a caption above it may name an older day.
        foreach (var leadingOnly in new[] { true, false })
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
                    if (leadingDateline || (!leadingOnly && EventDateBefore().IsMatch(before) && EventDateAfter().IsMatch(text[mention.End..])))
                    {
                        var what = leadingDateline ? "dateline" : "text";
                        return new DateResult(date, DateKind.Stated, $"{what} '{Phrase(text, mention.Index, mention.End)}'");
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"HANOI, Sept. 5, 2023 (VNA) –": the date sits before the dash that opens the lede.</summary>
    private static bool IsDatelinePrefix(string text, DateMention mention)
    {
        var rest = text[mention.End..Math.Min(text.Length, mention.End + 20)];
        return rest.Contains('–', StringComparison.Ordinal) || rest.Contains('—', StringComparison.Ordinal) || rest.Contains(" - ", StringComparison.Ordinal)
               || rest.Contains("--", StringComparison.Ordinal)
               || (mention.Index < 25 && text[..mention.Index].TrimEnd().EndsWith(',') && !text[..mention.Index].Any(char.IsLower));
    }

    private static DateResult? FromDayAndMonth(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions,
        IReadOnlyList<TenureConstraint> tenures, List<string> warnings, List<DateCandidate> candidates)
    {
        var dayMonth = PickDayMonth(article);
        if (dayMonth is null)
        {
            return null;
        }

        var (mention, source) = dayMonth.Value;
        var phrase = Phrase(source, mention.Index, mention.End);
        var allText = article.AllText;
        // "2023, the 50th anniversary of diplomatic ties, had been a remarkable year": history, unless it says how far back.
        var fromAnniversaries = anniversaryMentions
            .Where(a => a.ArticleYear is not null && (a.RelativeWords is not null || !BackgroundClause.At(allText, a.Index)))
            .ToList();
        int? year = null;
        string reason = "";
        var strong = true;
        if (YearMonthHeader(article) is { } header)
        {
            year = header.Mention.Year;
            reason = $"the header '{header.Line.Text.Trim()}' gives {year}";
            if (header.Mention.Month != mention.Month)
            {
                warnings.Add($"the header '{header.Line.Text.Trim()}' names another month than '{phrase}'. Check the date.");
            }
        }
        else if (fromAnniversaries.Count > 0)
        {
            year = fromAnniversaries.GroupBy(a => a.ArticleYear!.Value).OrderByDescending(g => g.Count()).First().Key;
            var used = fromAnniversaries.First(a => a.ArticleYear == year);
            reason = used.RelativeWords is { } relative && used.YearOffset != 0
                ? $"'{used.Text} … {relative}' ({used.Event!.Name}, {used.Event.Date.Year}) gives {used.Year} for the anniversary and so {year} for the article"
                : $"'{used.Text}'{(used.RelativeWords is { } r ? $" ({r})" : "")} ({used.Event!.Name}, {used.Event.Date.Year}) gives {year}";
            var years = StatedYears(allText);
            var agreeing = years.Where(y => y.Year == year).Select(y => $"'{y.Phrase}'").Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (agreeing.Count > 0)
            {
                reason += $"; {string.Join(" and ", agreeing)} agree{(agreeing.Count == 1 ? "s" : "")}";
            }
        }
        else if (StatedYears(allText) is { Count: > 0 } years)
        {
            var group = years.GroupBy(y => y.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).First();
            year = group.Key;
            strong = false;
            reason = $"the year stated in {string.Join(" and ", group.Select(y => $"'{y.Phrase}'").Distinct(StringComparer.Ordinal).Take(2))} gives {year}";
        }

        var byOffice = YearsByOffice(mention.Month, mention.Day, tenures);
        if (byOffice.Years.Count > 0)
        {
            if (year is { } y && byOffice.Years.Contains(y))
            {
                reason += $"; {byOffice.Evidence} agree{(byOffice.Used.Count == 1 ? "s" : "")}";
            }
            else if (year is { } y2 && (strong || byOffice.Years.Count > 1))
            {
                warnings.Add($"{y2} (from {reason}) does not fit {byOffice.Evidence}, which allow{(byOffice.Used.Count == 1 ? "s" : "")} {YearList(byOffice.Years)}. Check the date and the roles.");
            }
            else if (byOffice.Years.Count == 1)
            {
                if (year is { } dropped)
                {
                    reason = $"{byOffice.Evidence} allow{(byOffice.Used.Count == 1 ? "s" : "")} only {byOffice.Years[0]} (the year {dropped} stated in the text is of something else)";
                }
                else
                {
                    reason = $"{byOffice.Evidence} allow{(byOffice.Used.Count == 1 ? "s" : "")} only {byOffice.Years[0]}";
                }

                year = byOffice.Years[0];
            }
            else
            {
                candidates.Add(new DateCandidate(phrase, 0, $"no year; {byOffice.Evidence} allow{(byOffice.Used.Count == 1 ? "s" : "")} {YearList(byOffice.Years)}, more than one"));
                return null;
            }
        }

        if (year is null)
        {
            return null;
        }

        if (mention.Day > DateTime.DaysInMonth(year.Value, mention.Month))
        {
            candidates.Add(new DateCandidate(phrase, 0, $"{MonthNames[mention.Month - 1]} {year} has no day {mention.Day}"));
            return null;
        }

        var date = new DateOnly(year.Value, mention.Month, mention.Day);
        if (WeekdayWith(source, mention) is { } weekday && weekday != date.DayOfWeek)
        {
            warnings.Add($"'{phrase}' is a {weekday} in the text, but {date:yyyy-MM-dd} is a {date.DayOfWeek}. Check the year.");
        }

        var evidence = $"'{phrase}' has no year; {reason}.";
        if (article.Lede is { } lede && ReferenceEquals(source, lede.Text) && mention.Index < 40 && IsDatelinePrefix(source, mention)
            && EventWeekday(article) is { } weekday2)
        {
            // "SEOUL, July 3 (Yonhap) -- … held talks on Tuesday": the dateline is the day of writing, the weekday the event's.
            var back = ((int)date.DayOfWeek - (int)weekday2.Day + 7) % 7;
            if (back > 0)
            {
                var day = date.AddDays(-back);
                evidence += $" The text says '{weekday2.Phrase}', so the event was on {day.DayOfWeek}, {Words(day)}.";
                date = day;
            }
        }

        return new DateResult(date, DateKind.Inferred, evidence);
    }

    /// <summary>The weekday the lede (or the paragraph after it) puts the reported event on, leaving out plans ("will leave on Monday").</summary>
    private static (DayOfWeek Day, string Phrase)? EventWeekday(ArticleText article)
    {
        foreach (var paragraph in article.Paragraphs.Where(p => !p.IsHeading).Take(2))
        {
            foreach (var weekday in DatePatterns.Weekdays(paragraph.Text))
            {
                if (!FutureBefore().IsMatch(paragraph.Text.AsSpan(Math.Max(0, weekday.Index - 80), Math.Min(80, weekday.Index))))
                {
                    return (weekday.Day, Phrase(paragraph.Text, weekday.Index, weekday.End));
                }
            }
        }

        return null;
    }

    private static (YearMonthMention Mention, TextLine Line)? YearMonthHeader(ArticleText article)
    {
        foreach (var line in article.MetaLines)
        {
            if (DatePatterns.FullDates(line.Text).Count == 0 && DatePatterns.YearMonth(line.Text) is { } month)
            {
                return (month, line);
            }
        }

        return null;
    }

    /// <summary>"Tuesday, December 5" / "December 5 (Tuesday)": the weekday written with the date, or null.</summary>
    private static DayOfWeek? WeekdayWith(string text, DateMention mention)
    {
        var from = Math.Max(0, mention.Index - 12);
        var around = text[from..Math.Min(text.Length, mention.End + 12)];
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (around.Contains(day.ToString(), StringComparison.Ordinal))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// The years in which every office someone is named with was held on that day and month. A historical figure
    /// ("President Ho Chi Minh") outvoted by the others is left out rather than emptying the set.
    /// </summary>
    private static (List<int> Years, List<TenureConstraint> Used, string Evidence) YearsByOffice(int month, int day, IReadOnlyList<TenureConstraint> tenures)
    {
        if (tenures.Count == 0)
        {
            return ([], [], "");
        }

        var counts = new Dictionary<int, int>();
        for (var y = 1900; y <= 2100; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var date = new DateOnly(y, month, day);
            var n = 0;
            for (var t = 0; t < tenures.Count; t++)
            {
                if (tenures[t].Allows(date))
                {
                    n++;
                }
            }

            if (n > 0)
            {
                counts[y] = n;
            }
        }

        if (counts.Count == 0)
        {
            return ([], [], "");
        }

        var best = counts.Values.Max();
        var years = counts.Where(c => c.Value == best).Select(c => c.Key).Order().ToList();
        var sample = new DateOnly(years[0], month, Math.Min(day, DateTime.DaysInMonth(years[0], month)));
        var used = tenures.Where(t => t.Allows(sample)).ToList();
        var evidence = string.Join(" and ", used.Select(t => $"'{t.Words}' ({t.Describe()})"));
        return (years, used, evidence);
    }

    private static string YearList(List<int> years) =>
        years.Count > 6 ? $"{years[0]}–{years[^1]}" : string.Join(", ", years);

    /// <summary>For a refused seed: every date-like phrase and why it did not fix the date.</summary>
    private static void Describe(ArticleText article, IReadOnlyList<AnniversaryMention> anniversaryMentions, IReadOnlyList<TenureConstraint> tenures, List<DateCandidate> candidates)
    {
        var paragraphs = article.Paragraphs;
        foreach (var p in paragraphs)
        {
            foreach (var m in DatePatterns.DayMonthDates(p.Text))
            {
                var phrase = Phrase(p.Text, m.Index, m.End);
                if (candidates.Any(c => c.Phrase == phrase))
                {
                    continue;
                }

                candidates.Add(new DateCandidate(phrase, p.Line, "a day and month with no year, and nothing in the text gives the year"));
            }

            foreach (var w in DatePatterns.Weekdays(p.Text))
            {
                candidates.Add(new DateCandidate(Phrase(p.Text, w.Index, w.End), p.Line, "a weekday with no date: it needs a dated header or dateline to count back from"));
            }

            foreach (Match y in Year().Matches(p.Text))
            {
                candidates.Add(new DateCandidate(Phrase(p.Text, y.Index, y.Index + y.Length), p.Line, "a year alone, with no day and month"));
            }
        }

        foreach (var a in anniversaryMentions)
        {
            var line = paragraphs.FirstOrDefault(p => p.Text.Contains(a.Text, StringComparison.Ordinal))?.Line ?? 0;
            candidates.Add(new DateCandidate(a.Text, line, a.ArticleYear is { } y
                ? $"gives the year {y}, but the text names no day and month"
                : "an anniversary of an event that is not in `reference_events` of site-config.yml"));
        }

        foreach (var t in tenures)
        {
            candidates.Add(new DateCandidate(t.Words, 0, $"{t.Describe()}: gives years, but the text names no day and month"));
        }

        foreach (var meta in article.MetaLines)
        {
            candidates.Add(new DateCandidate(meta.Text.Trim(), meta.Line, "a header with no full date"));
        }
    }

    private static (DateMention Mention, string Source)? PickDayMonth(ArticleText article)
    {
        // "HANOI, June 23 (Yonhap) --": the lede's own dateline names the story's day before any other.
        if (article.Lede is { } lede && DatePatterns.DayMonthDates(lede.Text).FirstOrDefault() is { } first
            && first.Index < 40 && IsDatelinePrefix(lede.Text, first))
        {
            return (first, lede.Text);
        }

        (DateMention, string)? firstAny = null;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var mention in DatePatterns.DayMonthDates(paragraph.Text))
            {
                if (EventDateBefore().IsMatch(paragraph.Text.AsSpan(0, mention.Index)))
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

            if (YearNotCurrentBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index))))
            {
                continue;
            }

            if (BackgroundClause.At(text, m.Index))
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
