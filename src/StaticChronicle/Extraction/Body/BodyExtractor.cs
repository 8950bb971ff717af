using System.Text.RegularExpressions;
using StaticChronicle.Extraction.Dates;

namespace StaticChronicle.Extraction.Body;

/// <summary>
/// Finds the article in pasted web text: drops site navigation, header and dateline lines (kept as date
/// evidence), image file names, photo captions, agency credits, "Other news" tails and repeats, then
/// picks the headline and splits the rest into paragraphs.
/// </summary>
public static partial class BodyExtractor
{
    private const int MaxTitleWords = 25;

    // What makes a line need collapsing besides a double space: whitespace as char.IsWhiteSpace (and Regex \s) knows it.
    private const string OtherWhitespace = "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
    private static readonly System.Buffers.SearchValues<char> WhitespaceOtherThanSpace = System.Buffers.SearchValues.Create(OtherWhitespace);
    private static readonly System.Buffers.SearchValues<char> WhitespaceOtherThanSpaceAndQuotes = System.Buffers.SearchValues.Create(OtherWhitespace + "’“”");
    private const int NavigationWords = 26;

    [GeneratedRegex(@"^\s*(?<head>(?:date|posted|published|updated|last updated|created|written|released)\s*:?\s*(?:on\s+)?)(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?:[\s,|/–—-]|T(?=\d))*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*\(?(?:GMT|UTC|ICT|JST)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?|[+-]\d{2}:?\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeAndZone();

    [GeneratedRegex(@"\b(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|GMT|UTC|ICT|JST|[+-]\d{1,2}(?::?\d{2})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|updated|posted|published|last|update|date|on|at)\b|[|/,()–—:-]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatelineFiller();

    [GeneratedRegex(@"^\S+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImageFile();

    [GeneratedRegex(@"(?:\((?:Photo|Photos|Image|Source|Ảnh|Illustrative (?:photo|image))\b[^)]*\)\s*$|(?:^|[.\s])(?:Photo|Photos|Image|Source|Ảnh|File photo)\s*:\s*[^.]{1,60}$|^\s*(?:Photo|Photos|Image|Illustrative photo|File photo|Ảnh)\s*(?::|by\b|courtesy\b)|[.\s][—–]\s*(?:[\w/]+\s+)?(?:Photo|Photos|Ảnh)\b[^\n]{0,60}$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionMark();

    [GeneratedRegex(@"^(?:Other news|Other stories|Related news|Related articles|Related stories|Related posts|Related|Read more|Read also|See also|See more|More news|More stories|Latest news|Most read|Most viewed|You may also like|You might also like|Recommended|Tags?\s*:.*|Keywords?\s*:.*|Share(?: this)?(?: article)?|Comments?|Tin liên quan|Tin khác)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TailMarker();

    [GeneratedRegex(@"^(?:By|Written by|Reported by|Story by|Reporter|Author)\s*:?\s+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\(?(?:[A-Z]{2,}(?:/[A-Z]{2,})*|Source\s*:\s*\S+(?:\s\S+){0,3}|Kyodo|Reuters|Xinhua|Nikkei)\)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"\s*(?:--|[—–-])\s*(?:[A-Z]{2,}(?:/[A-Z]{2,})*|Kyodo|Reuters|Xinhua|Nikkei)\.?\s*$|\s*/\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"(?<=[\p{Ll}\d)”""’%])\.(?=[\p{Lu}][\p{Ll}])", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSentence();

    [GeneratedRegex(@"(?:\s[|>»]\s.*){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // "… at the state dinner. [JOINT PRESS CORPS]", "… on Sept. 3. Jane Doe—Bloomberg/Getty Images": a picture's credit ends its caption.
    [GeneratedRegex(@"\[[\p{Lu}][\p{Lu}\s.,/&'-]{2,40}\]\s*$|[—/]\s*(?:Getty Images|AFP|Reuters|Bloomberg|EPA|Pool|Yonhap|Kyodo|AP|Xinhua)\b[^.]{0,40}(?:\.\s*(?:Sketched|Illustration)[^.]{0,60}\.?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    // "World > Asia-Pacific": one separator is enough when the line is this short and says nothing.
    [GeneratedRegex(@"^[^>»|.]{1,40}\s[>»]\s[^>»|.]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortBreadcrumb();

    // "Home  News  Economy  Culture": menu items a paste keeps apart with runs of spaces, not punctuation.
    [GeneratedRegex(@"^[^\s.]+(?: [^\s.]+)?(?: {2,}[^\s.]+(?: [^\s.]+)?){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedMenu();

    [GeneratedRegex(@"^\s*[•·▪►»*\-–]\s*\S+(?:\s+\S+){0,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MenuItem();

    [GeneratedRegex(@"^\s*(?:TRENDING|HOT TOPICS?|TAGS?|BREAKING|LIVE)\b\s*:|(?:#\w+[\s,]*){2,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Trending();

    [GeneratedRegex(@"^\s*(?:Photo|Photos|Image|Ảnh|Video)\s*:\s*\S.{0,60}$|^(?:[A-Z]{2,}|Reuters|AFP|Kyodo|Yonhap|Xinhua)/[^\s/]+(?:\s[^\s/]+){0,3}(?:/[^\s/]+(?:\s[^\s/]+){0,3}){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^\((?:ATTN|EDS|EDITORS?|CORRECTS?|REFILE|UPDATES?)\b[^)]*\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireNote();

    [GeneratedRegex(@"^\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE(?:\s+\d+)?|News Focus|Yonhap Interview|Interview|Feature|Analysis|FOCUS|AMBASSADOR'S COLUMN|EDITORIAL|Newsmaker|Photo)(?:\s+[^)]{0,30})?\)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireTag();

    [GeneratedRegex(@"\((?:L|R|C|left|right|centre|center|second|third|front|back|top)\b[^)]{0,25}\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPosition();

    [GeneratedRegex(@"^\s*(?:>>+|»+|►)\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailOnly();

    [GeneratedRegex(@"^(?:\p{Lu}{2,}\s+){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCapsWords();

    /// <summary>Sorts out <paramref name="text"/> (LF line endings), whose first line is file line <paramref name="firstLine"/>.</summary>
    public static ArticleText Extract(string text, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var meta = new List<TextLine>();
        var lines = new List<SourceLine>();
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].TrimEnd();
            if (line.AsSpan().IsWhiteSpace())
            {
                lines.Add(SourceLine.Blank(firstLine + i));
                continue;
            }

            var number = firstLine + i;
            var content = SplitOffDateLine(line, number, meta);
            if (content is not null)
            {
                lines.Add(new SourceLine(content.Trim(), number, ReferenceEquals(content, line) && char.IsWhiteSpace(line[0])));
            }
        }

        var blocks = JoinWrappedLines(lines);
        blocks = CutTail(blocks);
        var credits = new HashSet<int>();
        blocks = DropJunk(blocks, credits);
        var title = PickTitle(blocks, meta.Select(m => m.Line).ToHashSet(), credits);
        if (title is not null)
        {
            var key = Normalize(title.Text);
            blocks = blocks.Where(b => b.Line != title.Line && !NormalizesTo(b.Text, key)).ToList();
        }

        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            var cleaned = StripCredit(block.Text).Trim();
            foreach (var part in GluedSentence().Replace(cleaned, ".\n").Split('\n'))
            {
                var sentence = CollapseSpaces(part, foldQuotes: false);
                if (sentence.Length > 0)
                {
                    paragraphs.Add(new Paragraph(sentence, block.Line));
                }
            }
        }

        paragraphs = MarkHeadings(RemoveRepeats(paragraphs));
        return new ArticleText(title, meta, paragraphs);
    }

    /// <summary>Moves a header ("date 2022-09-12 …") or a dateline line into <paramref name="meta"/>; returns what is left as content.</summary>
    private static string? SplitOffDateLine(string line, int number, List<TextLine> meta)
    {
        var header = HeaderLine().Match(line);
        if (header.Success)
        {
            var rest = header.Groups["rest"].Value;
            var date = DatePatterns.FullDates(rest).FirstOrDefault();
            if (date is not null && date.Index <= 2)
            {
                var afterDate = rest[date.End..];
                var time = TimeAndZone().Match(afterDate);
                var remainder = afterDate[time.Length..].Trim();
                meta.Add(new TextLine((header.Groups["head"].Value + rest[..(date.End + time.Length)]).Trim(), number));
                // " date 2023-11-28 Vietnam, Japan sign …": a headline may share the header's line; page buttons ("Submit Release") may too.
                return WordCount(remainder) >= 8 || (WordCount(remainder) >= 4 && LooksLikeHeadline(remainder)) ? remainder : null;
            }

            var month = DatePatterns.YearMonth(rest);
            if (month is not null && month.Index <= 2)
            {
                // " date 2023-12": the month is known; the day comes from the text.
                meta.Add(new TextLine((header.Groups["head"].Value + rest[..month.End]).Trim(), number));
                var remainder = rest[month.End..].Trim();
                return WordCount(remainder) >= 4 ? remainder : null;
            }
        }

        var dates = DatePatterns.FullDates(line);
        if (dates.Count > 0)
        {
            var rest = line;
            foreach (var d in dates.OrderByDescending(d => d.Index))
            {
                rest = rest.Remove(d.Index, d.Length);
            }

            if (WordCount(DatelineFiller().Replace(rest, " ")) <= 3)
            {
                meta.Add(new TextLine(line.Trim(), number));
                return null;
            }
        }

        return line;
    }

    /// <summary>Lines of one paragraph wrapped by the source are joined; each other line is a block of its own.</summary>
    private static List<SourceLine> JoinWrappedLines(List<SourceLine> lines)
    {
        var blocks = new List<SourceLine>();
        SourceLine? previous = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                previous = null;
                continue;
            }

            if (previous is not null && !EndsSentence(previous.Text) && char.IsLower(line.Text[0]))
            {
                previous = previous with { Text = previous.Text + " " + line.Text };
                blocks[^1] = previous;
                continue;
            }

            blocks.Add(line);
            previous = line;
        }

        return blocks;
    }

    private static List<SourceLine> CutTail(List<SourceLine> blocks)
    {
        // "LATEST NEWS" above the headline is the site's menu, not the end of the article: the tail starts after the lede.
        var lede = blocks.FindIndex(b => IsLede(b.Text));
        for (var i = Math.Max(1, lede + 1); i < blocks.Count; i++)
        {
            if (TailMarker().IsMatch(blocks[i].Text))
            {
                return blocks.Take(i).ToList();
            }
        }

        return blocks;
    }

    private static List<SourceLine> DropJunk(List<SourceLine> blocks, HashSet<int> credits)
    {
        // Captions in this kind of paste are indented while paragraphs are not; only trust that when most lines are flush.
        var indented = blocks.Count(b => b.Indented);
        var indentMeansCaption = indented > 0 && indented * 2 < blocks.Count;
        var kept = new List<SourceLine>();
        var seenProse = false;
        var afterImage = false;
        foreach (var block in blocks)
        {
            var text = block.Text;
            // Several checks below ask how many words the block has: counted once, and only when one asks (past the
            // first paragraph of prose, most blocks are kept without any check needing the count).
            var counted = -1;
            int Words() => counted < 0 ? counted = WordCount(text) : counted;
            var wasAfterImage = afterImage;
            afterImage = false;
            if (ImageFile().IsMatch(text))
            {
                afterImage = true;
                continue;
            }

            if (CreditOnly().IsMatch(text) || PhotoCredit().IsMatch(text))
            {
                // A bare credit line ("Photo: VGP") sits beside a caption; a headline-like line next to it is that caption.
                credits.Add(block.Line);
                continue;
            }

            if (IsCaption(text))
            {
                continue;
            }

            if (Byline().IsMatch(text) && Words() <= 10 || WireNote().IsMatch(text) || RelatedLink().IsMatch(text) || EmailOnly().IsMatch(text))
            {
                continue;
            }

            if (wasAfterImage && Words() <= 45 && !LooksLikeHeadline(text))
            {
                continue;
            }

            if (indentMeansCaption && block.Indented)
            {
                continue;
            }

            if (!seenProse && IsNavigation(text, Words()))
            {
                continue;
            }

            // "Search..." ends in a full stop but is a page's search box, not the article starting.
            seenProse = seenProse || (EndsSentence(text) && Words() >= 4);
            kept.Add(block);
        }

        return kept;
    }

    private static bool IsCaption(string text) =>
        CaptionCredit().IsMatch(text) ||
        (text.Contains("hoto", StringComparison.OrdinalIgnoreCase) || text.Contains("ource", StringComparison.OrdinalIgnoreCase)
         || text.Contains("mage", StringComparison.OrdinalIgnoreCase) || text.Contains("Ảnh", StringComparison.Ordinal))
        && CaptionMark().IsMatch(text);

    /// <summary>Removes an agency credit ("— VNA/VNS", "/.") from the end of a paragraph; only the tail is searched.</summary>
    private static string StripCredit(string text)
    {
        var from = Math.Max(0, text.Length - 40);
        var match = TrailingCredit().Match(text, from);
        return match.Success ? text[..match.Index].TrimEnd() : text;
    }

    /// <param name="words">The <see cref="WordCount"/> of <paramref name="text"/>.</param>
    private static bool IsNavigation(string text, int words)
    {
        if (Breadcrumb().IsMatch(text) || MenuItem().IsMatch(text) || Trending().IsMatch(text) || SpacedMenu().IsMatch(text)
            || (words <= 6 && ShortBreadcrumb().IsMatch(text)))
        {
            return true;
        }

        if (words <= 4 && char.IsLower(text[0]) && !EndsSentence(text))
        {
            // "print dictionary print": page buttons pasted as a line.
            return true;
        }

        if (words <= 5 && text.StartsWith("Home ", StringComparison.Ordinal) && !text.Any(c => char.IsPunctuation(c) && c is not '-' and not '&'))
        {
            // "Home World Asia": a breadcrumb pasted without its separators.
            return true;
        }

        if (!text.Any(char.IsLower) && words <= 4)
        {
            // A section label ("POLITICS", "WORLD NEWS") above the headline.
            return true;
        }

        var hasSentence = text.Contains(". ", StringComparison.Ordinal) || EndsSentence(text);
        return !hasSentence && (words >= NavigationWords || (words > 8 && LeadingCapsWords().IsMatch(text)));
    }

    /// <summary>
    /// The headline among the lines before the first paragraph of prose: a headline-like line, preferring the one
    /// next to the date line and never one next to a photo credit (that is a caption). Lines before it are page
    /// furniture and are dropped with it.
    /// </summary>
    private static TextLine? PickTitle(List<SourceLine> blocks, HashSet<int> metaLines, HashSet<int> credits)
    {
        if (blocks.Count < 2)
        {
            return null;
        }

        var marks = new SortedSet<int>(metaLines);
        marks.UnionWith(credits);
        marks.UnionWith(blocks.Select(b => b.Line));
        var lines = marks.ToList();
        var best = -1;
        var bestScore = int.MinValue;
        for (var i = 0; i < blocks.Count - 1 && i < 8; i++)
        {
            var text = blocks[i].Text;
            if (i > 0 && EndsSentence(blocks[i - 1].Text) && WordCount(blocks[i - 1].Text) > 12)
            {
                break;
            }

            var headline = StripWireTag(text);
            if (!LooksLikeHeadline(headline))
            {
                continue;
            }

            if (WordCount(headline) <= 3 && i + 1 < blocks.Count && LooksLikeHeadline(StripWireTag(blocks[i + 1].Text)) && !EndsSentence(text))
            {
                // A kicker or section name ("Diplomacy") above the real headline.
                continue;
            }

            var at = lines.BinarySearch(blocks[i].Line);
            var before = at > 0 ? lines[at - 1] : -1;
            var after = at + 1 < lines.Count ? lines[at + 1] : -1;
            var score = 0;
            if (metaLines.Contains(blocks[i].Line) || metaLines.Contains(before) || metaLines.Contains(after))
            {
                score += 2;
            }

            if (credits.Contains(after))
            {
                score -= 3;
            }
            else if (credits.Contains(before))
            {
                score -= 1;
            }

            if (CaptionPosition().IsMatch(text))
            {
                score -= 3;
            }

            // The headline sits on the lede; a masthead or section name ("Radio Hanoi Daily") sits on more furniture.
            if (IsLede(blocks[i + 1].Text))
            {
                score += 2;
            }
            else if (WordCount(headline) <= 3)
            {
                score -= 1;
            }

            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        if (best < 0 || bestScore <= -2)
        {
            return null;
        }

        var chosen = blocks[best];
        blocks.RemoveRange(0, best);
        return new TextLine(StripCredit(StripWireTag(chosen.Text)).Trim(), chosen.Line);
    }

    private static bool IsLede(string text) => WordCount(text) >= 12 && EndsSentence(text);

    /// <summary>"(LEAD) Yoon, …", "(2nd LD) …": a wire service's tag in front of its headline.</summary>
    private static string StripWireTag(string text)
    {
        var m = WireTag().Match(text);
        return m.Success ? text[m.Length..] : text;
    }

    private static bool LooksLikeHeadline(string text)
    {
        // The length first: it is free, and a paragraph of prose fails it before its words are counted.
        if (text.Length > 200)
        {
            return false;
        }

        var words = WordCount(text);
        var start = text.AsSpan().TrimStart("\"“‘'");
        return words is >= 2 and <= MaxTitleWords
               && start.Length > 0 && (char.IsUpper(start[0]) || char.IsDigit(start[0]))
               && !text.EndsWith('.')
               && !HasSentenceBreak(text);
    }

    /// <summary>A ". " that ends a sentence, not one after an abbreviation ("S. Korea", "U.S. envoy", "Dec. 5").</summary>
    private static bool HasSentenceBreak(string text)
    {
        for (var at = text.IndexOf(". ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(". ", at + 1, StringComparison.Ordinal))
        {
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, at - start);
            var abbreviation = word.Length is >= 1 and <= 4 && char.IsUpper(word[0]);
            if (!abbreviation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a paragraph repeated verbatim, and one that is wholly contained in a longer one (a teaser of it).</summary>
    private static List<Paragraph> RemoveRepeats(List<Paragraph> paragraphs)
    {
        var keys = paragraphs.Select(p => Normalize(p.Text)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Paragraph>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!seen.Add(keys[i]))
            {
                continue;
            }

            // Containment is quadratic in the paragraphs of one article only; very long pastes skip it.
            if (keys[i].Length >= 40 && paragraphs.Count <= 400)
            {
                var contained = false;
                for (var j = 0; j < keys.Count && !contained; j++)
                {
                    contained = j != i && keys[j].Length > keys[i].Length && keys[j].Contains(keys[i], StringComparison.Ordinal);
                }

                if (contained)
                {
                    continue;
                }
            }

            kept.Add(paragraphs[i]);
        }

        return kept;
    }

    /// <summary>Short unpunctuated lines between paragraphs are subheadings; such lines at the very end are page furniture.</summary>
    private static List<Paragraph> MarkHeadings(List<Paragraph> paragraphs)
    {
        var result = paragraphs.Select(p => IsHeadingLike(p.Text) ? p with { IsHeading = true } : p).ToList();
        while (result.Count > 0 && result[^1].IsHeading)
        {
            result.RemoveAt(result.Count - 1);
        }

        // A heading-like first line that is not the title (the title was found before) is still body: keep it as text.
        return result;
    }

    private static bool IsHeadingLike(string text)
    {
        // The length first: it is free, and a paragraph of prose fails it before its words are counted.
        return text.Length <= 120 && WordCount(text) is >= 1 and <= 14 && !EndsSentence(text) && !text.EndsWith(':') && !text.EndsWith(',')
               && char.IsUpper(text.AsSpan().TrimStart("\"“")[0]);
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }

        return t[^1] is '.' or '!' or '?'
               || (t[^1] is '"' or '”' or '’' or ')' && t.Length > 1 && t[^2] is '.' or '!' or '?');
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <see cref="Normalize"/> of <paramref name="text"/> is <paramref name="key"/>; lower-casing keeps the length, so most lines are told apart without it.</summary>
    private static bool NormalizesTo(string text, string key)
    {
        var collapsed = CollapseSpaces(text, foldQuotes: true);
        if (collapsed.Length != key.Length)
        {
            return false;
        }

        // Exactly Normalize's lower-casing (ToLowerInvariant), not a case-insensitive comparison, which differs on a few letters.
        var lowered = collapsed.ToLowerInvariant();
        return string.Equals(lowered, key, StringComparison.Ordinal);
    }

    /// <summary>Comparison key: case, spacing and typographic quotes ignored.</summary>
    internal static string Normalize(string text) => CollapseSpaces(text, foldQuotes: true).ToLowerInvariant();

    /// <summary>
    /// Trims <paramref name="text"/> and turns each run of whitespace into one space (and, when asked, curly
    /// quotes into straight ones) in one pass; most lines need nothing, and then no string is made.
    /// </summary>
    private static string CollapseSpaces(string text, bool foldQuotes)
    {
        var span = text.AsSpan().Trim();
        var clean = span.Length == text.Length
                    && !span.ContainsAny(foldQuotes ? WhitespaceOtherThanSpaceAndQuotes : WhitespaceOtherThanSpace)
                    && !span.Contains("  ", StringComparison.Ordinal);
        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(span.Length);
        var inSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                builder.Append(' ');
                inSpace = false;
            }

            builder.Append(foldQuotes ? c switch { '’' => '\'', '“' or '”' => '"', _ => c } : c);
        }

        return builder.ToString();
    }

    private sealed record SourceLine(string Text, int Line, bool Indented)
    {
        public bool IsBlank => Text.Length == 0;

        public static SourceLine Blank(int line) => new("", line, false);
    }
}
