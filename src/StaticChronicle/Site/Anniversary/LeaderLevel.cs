using System.Text.RegularExpressions;
using StaticChronicle.Config;
using StaticChronicle.Text;

namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// Who counts as a leader on the anniversary page. An office is at leader level when it is one of
/// <list type="bullet">
/// <item>a head of state: President, State President, Emperor, King or Queen;</item>
/// <item>a head of government: Prime Minister, Premier or Chancellor;</item>
/// <item>a party's general secretary: General Secretary, Party General Secretary, Party chief;</item>
/// <item>a chair of parliament: the Chair(man/woman), President or Speaker of the National Assembly, the House of
/// Councillors, the House of Representatives, the Diet, Parliament or the Senate.</item>
/// </list>
/// either bare ("Prime Minister") or "of" a country ("President of Vietnam", "of the Republic of Korea"), with at most a
/// nationality before it ("Japanese Prime Minister"). Deputies, vice-holders, former holders, advisors and offices of a
/// company, agency, committee or association ("JICA President", "Chairman of the … Friendship Alliance") are not.
/// </summary>
public static partial class LeaderLevel
{
    [GeneratedRegex(@"\b(?:vice|deputy|former|ex|assistant|advis[eo]r|adviser|honorary|standing|permanent|spokes(?:man|woman|person)|envoy|aide)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotTheHolder();

    [GeneratedRegex(@"\b(?:committee|commission|council|alliance|friendship|association|federation|union|company|corporation|group|bank|agency|university|institute|foundation|chamber|front|fund|jica|jetro|organi[sz]ation|society|club|board|league)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?:na|national assembly)\s+(?:chair|chairman|chairwoman|chairperson|speaker)$|^(?:chair|chairman|chairwoman|chairperson|president|speaker)\s+of\s+(?:the\s+)?(?:national assembly|house of councillors|house of representatives|national diet|diet|parliament|senate)\b|^speaker$", RegexOptions.CultureInvariant)]
    private static partial Regex ParliamentChair();

    [GeneratedRegex(@"^(?<prefix>(?:[\w'’]+\s+){0,2}?)(?<office>state president|president|emperor|king|queen|prime minister|premier|chancellor|party general secretary|general secretary|party chief|secretary general of the (?:communist )?party)(?<rest>(?:\s+of\s+.+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadOffice();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?(?<what>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OfWhat();

    /// <summary>Whether an office, as an article or the registry writes it, is at leader level.</summary>
    /// <param name="countries">The configured countries: "President of X" counts when X is a state.</param>
    public static bool Is(string? office, IReadOnlyList<string> countries)
    {
        if (string.IsNullOrWhiteSpace(office))
        {
            return false;
        }

        var text = AsciiFolding.Fold(office).ToLowerInvariant().Replace('–', '-').Trim().TrimEnd('.');
        if (NotTheHolder().IsMatch(text))
        {
            return false;
        }

        if (ParliamentChair().IsMatch(text))
        {
            return !Organisation().IsMatch(text);
        }

        var m = HeadOffice().Match(text);
        if (!m.Success || Organisation().IsMatch(text) || !PrefixIsNationality(m.Groups["prefix"].Value, countries))
        {
            return false;
        }

        var rest = m.Groups["rest"].Value;
        if (rest.Length == 0)
        {
            return true;
        }

        var of = OfWhat().Match(rest).Groups["what"].Value;
        return IsState(of, countries) || (m.Groups["office"].Value.Contains("secretary", StringComparison.Ordinal) && IsParty(of));
    }

    /// <summary>Whether any of the offices is at leader level.</summary>
    public static bool Any(IEnumerable<string?> offices, IReadOnlyList<string> countries) => offices.Any(o => Is(o, countries));

    private static bool PrefixIsNationality(string prefix, IReadOnlyList<string> countries)
    {
        foreach (var word in prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('s').TrimEnd('\'', '’');
            var ok = word is "the" or "state" or "party" or "cpv" or "acting" or "incumbent" or "new" or "visiting" or "south" or "north"
                || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
                || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
                || countries.Any(c => Squash(c) == Squash(bare) || Squash(c) == Squash(word));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsState(string what, IReadOnlyList<string> countries)
    {
        var squashed = Squash(what);
        return what.StartsWith("republic", StringComparison.Ordinal) || what.StartsWith("socialist republic", StringComparison.Ordinal)
            || what.StartsWith("people's republic", StringComparison.Ordinal) || what.StartsWith("kingdom", StringComparison.Ordinal)
            || what.StartsWith("state", StringComparison.Ordinal)
            || countries.Any(c => squashed == Squash(c));
    }

    private static bool IsParty(string what) =>
        what.Contains("party", StringComparison.Ordinal) || what.StartsWith("cpv", StringComparison.Ordinal);

    /// <summary>"Viet Nam" and "Vietnam" alike: folded, lowercase, letters only.</summary>
    private static string Squash(string text) =>
        new(AsciiFolding.Fold(text).ToLowerInvariant().Where(char.IsLetter).ToArray());

    /// <summary>The offices a participant holds in an article: the one the article gives, its roles, and registry offices held that day.</summary>
    public static IEnumerable<string?> OfficesOf(Content.PersonMention mention, PersonEntry? registered, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(mention);
        yield return mention.Role;
        foreach (var role in mention.Roles)
        {
            yield return role;
        }

        if (registered is not null)
        {
            foreach (var tenure in registered.Tenures.Where(t => t.Covers(day)))
            {
                yield return tenure.Office;
            }
        }
    }
}
