using StaticChronicle.Text;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>One person of the synthetic corpus, with every form an article may name them by.</summary>
/// <param name="Family">Family name; for Vietnamese people with diacritics.</param>
/// <param name="Middle">Vietnamese middle name(s), empty for Japanese people.</param>
/// <param name="Given">Given name; a Vietnamese person's short reference ("Chính").</param>
/// <param name="Native">Vietnamese with diacritics, or Japanese in kanji.</param>
/// <param name="Title">What articles call them before their name ("Prime Minister").</param>
/// <param name="Registered">Whether the corpus's site-config.yml lists them.</param>
internal sealed record PoolPerson(
    string Family,
    string Middle,
    string Given,
    bool Japanese,
    string Native,
    string Title,
    bool Registered)
{
    /// <summary>Canonical Latin name, family name first (the registry's convention).</summary>
    public string Name => AsciiFolding.Fold(Japanese ? $"{Family} {Given}" : Join(Family, Middle, Given));

    public string Id => Slug.From(Name);

    public string Country => Japanese ? "Japan" : "Vietnam";

    /// <summary>The full name as an article writes it: Vietnamese with or without diacritics, Japanese in either order.</summary>
    public string FullName(bool diacritics, bool givenFirst) => Japanese
        ? givenFirst ? $"{Given} {Family}" : $"{Family} {Given}"
        : diacritics ? Join(Family, Middle, Given) : AsciiFolding.Fold(Join(Family, Middle, Given));

    /// <summary>How later sentences refer to them: the given name for Vietnamese, the family name for Japanese.</summary>
    public string ShortName(bool diacritics) => Japanese ? Family : diacritics ? Given : AsciiFolding.Fold(Given);

    private static string Join(string family, string middle, string given) =>
        middle.Length == 0 ? $"{family} {given}" : $"{family} {middle} {given}";
}
