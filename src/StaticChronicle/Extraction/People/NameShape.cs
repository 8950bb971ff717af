using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace StaticChronicle.Extraction.People;

/// <summary>
/// What Vietnamese and romanised Japanese names look like, so people missing from the registry are still
/// recognised: a Vietnamese family name followed by Vietnamese syllables, or a Japanese name with its family
/// name in capitals ("KAMIKAWA Yoko").
/// </summary>
public static partial class NameShape
{
    private static readonly FrozenSet<string> VietnameseFamilyNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong",
        "ly", "truong", "vuong", "dinh", "mai", "luong", "lam", "trinh", "dao", "cao", "doan", "ta", "chu", "lai",
        "ha", "kieu", "quach", "tong", "ton", "trieu", "nghiem", "la", "luu", "tieu", "ninh", "mac", "giang",
        "phung", "bach", "han", "hua", "khuat", "lo", "lieu", "thach", "chau", "diep", "quan", "tang", "dam",
        "dau", "thieu", "nong", "hau", "ho", "do", "to", "le", "thai", "u", "y",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseSyllable();

    // Hepburn syllables: optional consonant (or digraph), a vowel; or syllabic n; or a doubled consonant.
    [GeneratedRegex("^(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|[kgsztdnhbpmrwfy])?[aiueo]|n(?![aiueoy])|[kstpc](?=[kstpc]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseSyllables();

    /// <summary>"Nguyen Van A", "Truong Thi Mai": a known family name first, then 1–3 Vietnamese syllables.</summary>
    public static bool IsVietnameseName(IReadOnlyList<string> foldedLowerTokens)
    {
        ArgumentNullException.ThrowIfNull(foldedLowerTokens);
        return foldedLowerTokens.Count is >= 2 and <= 4
               && VietnameseFamilyNames.Contains(foldedLowerTokens[0])
               && foldedLowerTokens.All(t => VietnameseSyllable().IsMatch(t));
    }

    public static bool IsVietnameseFamilyName(string foldedLower) => VietnameseFamilyNames.Contains(foldedLower);

    public static bool IsVietnameseSyllable(string foldedLower) => VietnameseSyllable().IsMatch(foldedLower);

    private static readonly FrozenSet<string> KoreanFamilyNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun",
        "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song",
        "yoo", "yu", "ryu", "hong", "jeon", "chun", "ko", "koh", "moon", "mun", "yang", "son", "sohn", "bae", "baek",
        "paik", "heo", "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "koo",
        "gu", "min", "na", "ra", "jin", "ji", "eom", "um", "chae", "won", "bang", "gong", "hyun", "ham", "byun", "yeom",
        "pyo", "uhm", "maeng", "do", "ki", "tak", "kil", "yeo", "cheon", "ok", "so", "chey", "shim", "sim", "kong", "hyeon",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedGivenName();

    /// <summary>"Han Duck-soo", "Park Heong-joon": a Korean family name and a hyphenated two-syllable given name.</summary>
    public static bool IsKoreanName(string family, string given)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(given);
        return family.Length is >= 2 and <= 5 && char.IsUpper(family[0]) && KoreanFamilyNames.Contains(family.ToLowerInvariant())
               && HyphenatedGivenName().IsMatch(given);
    }

    public static bool IsKoreanFamilyName(string foldedLower) => KoreanFamilyNames.Contains(foldedLower);

    /// <summary>True when the folded, lowercase word could be a romanised Japanese name.</summary>
    public static bool IsJapaneseWord(string foldedLower) =>
        foldedLower.Length >= 2 && JapaneseSyllables().IsMatch(foldedLower);

    /// <summary>"KAMIKAWA Yoko" or "Yoko KAMIKAWA": Japanese family names are often printed in capitals.</summary>
    public static bool IsCapitalisedFamilyName(IReadOnlyList<string> surfaceTokens)
    {
        ArgumentNullException.ThrowIfNull(surfaceTokens);
        if (surfaceTokens.Count != 2)
        {
            return false;
        }

        var caps = surfaceTokens.Count(t => t.Length >= 2 && t.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        return caps == 1 && surfaceTokens.All(t => IsJapaneseWord(t.ToLowerInvariant()));
    }
}
